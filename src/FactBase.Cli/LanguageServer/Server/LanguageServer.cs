using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Features;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace FactBase.Cli.LanguageServer.Server;

/// <summary>
/// <c>factbase lsp</c>: a Language Server Protocol server over a pair of streams (stdin and stdout).
/// StreamJsonRpc reads and writes the messages; they are handled one at a time, in the order they
/// came (a <see cref="NonConcurrentSynchronizationContext"/>), so that every change to a document is
/// applied before the next message is read. Every handler answers: a failure of ours is logged on
/// standard error and answered empty, never thrown to the client.
/// </summary>
internal sealed partial class LanguageServer
{
    /// <summary>How long a request waits for the analysis of the changes made before it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly string? _directory;
    private readonly CompileOptions _options;
    private readonly TextWriter _log;
    private readonly TimeSpan? _quiet;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc _rpc = null!;
    private Session? _session;
    private DiagnosticPublisher? _publisher;
    private FileSystemWatcher? _watcher;
    private Task _analysis = Task.CompletedTask;
    private bool _shutdown;
    private bool _workDoneProgress;
    private int? _clientProcess;

    private LanguageServer(string? directory, ReadOptions options, TextWriter log, TimeSpan? quiet)
    {
        _directory = directory;
        _options = new CompileOptions(options, KeepFacts: true);
        _log = log;
        _quiet = quiet;
    }

    /// <summary>The analysis, once the client has initialized the server (tests and benchmarks read it).</summary>
    internal Session? Session => _session;

    /// <summary>
    /// Serves the client on <paramref name="input"/> and <paramref name="output"/> until it sends
    /// <c>exit</c>, closes the input, or its process ends. The exit code is 0 after a <c>shutdown</c>
    /// request, else 1, as the protocol asks.
    /// </summary>
    public static async Task<int> RunAsync(Stream input, Stream output, string? directory, ReadOptions options, TextWriter log, CancellationToken cancellation = default, TimeSpan? quiet = null, Action<LanguageServer>? started = null)
    {
        var server = new LanguageServer(directory, options, log, quiet);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.Options };
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter))
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, AllowNonPublicInvocation = true });
        server._rpc = rpc;
        rpc.StartListening();
        started?.Invoke(server);
        using var cancelled = cancellation.Register(() => server._exit.TrySetResult(1));
        var ended = await Task.WhenAny(rpc.Completion, server._exit.Task, server.ClientGoneAsync()).ConfigureAwait(false);
        var code = ended == server._exit.Task ? await server._exit.Task.ConfigureAwait(false) : server._shutdown ? 0 : 1;
        await server.StopAsync().ConfigureAwait(false);
        return code;
    }

    private async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        try
        {
            await _analysis.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Done when the client's process, named in <c>initialize</c>, is gone: the server must not outlive its editor.</summary>
    private async Task ClientGoneAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                if (_clientProcess is { } pid && !ProcessIsAlive(pid))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        await Task.Delay(Timeout.Infinite, CancellationToken.None).ConfigureAwait(false);
    }

    private static bool ProcessIsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [JsonRpcMethod(Methods.Initialize)]
    public InitializeResult OnInitialize(InitializeParams request)
    {
        _clientProcess = request.ProcessId;
        _workDoneProgress = request.Capabilities?.Window?.WorkDoneProgress == true;
        var root = ContentRoot.Find(_directory, request);
        if (root is not null)
        {
            var files = new ContentFiles(root);
            _publisher = new DiagnosticPublisher(files, p => _rpc.NotifyWithParameterObjectAsync(Methods.PublishDiagnostics, p));
            var analyzer = new Analyzer(files, _options, (view, paths, all) => _publisher.PublishAsync(view, paths, all), _log, _quiet);
            _session = new Session(files, analyzer, request.Capabilities, _options);
        }

        var prepare = request.Capabilities?.TextDocument?.Rename?.PrepareSupport == true;
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental, new SaveOptions(IncludeText: false)),
                new CompletionOptions([":", " ", "[", ",", "-"], ResolveProvider: false),
                HoverProvider: true,
                DefinitionProvider: true,
                ReferencesProvider: true,
                DocumentSymbolProvider: true,
                WorkspaceSymbolProvider: true,
                RenameProvider: prepare ? new RenameOptions(PrepareProvider: true) : true,
                new CodeActionOptions([CodeAction.QuickFix])),
            new ServerInfo("factbase", typeof(LanguageServer).Assembly.GetName().Version?.ToString()));
    }

    [JsonRpcMethod(Methods.Initialized)]
    public void OnInitialized(JsonElement? ignored = null)
    {
        if (_session is not { } session)
        {
            var where = _directory ?? "the workspace's content/ folder";
            _ = Notify(Methods.ShowMessage, new ShowMessageParams(MessageType.Warning, $"factbase: no content folder at {where}: start 'factbase lsp <dir>' with the folder that holds kinds/"));
            return;
        }

        _analysis = Task.Run(() => session.Analyzer.RunAsync(_stop.Token));
        _ = ReportLoadingAsync(session);
        Watch(session);
    }

    [JsonRpcMethod(Methods.Shutdown)]
    public object? OnShutdown(JsonElement? ignored = null)
    {
        _shutdown = true;
        return null;
    }

    [JsonRpcMethod(Methods.Exit)]
    public void OnExit(JsonElement? ignored = null) => _exit.TrySetResult(_shutdown ? 0 : 1);

    /// <summary>A notification to the client; a client gone is no error of ours.</summary>
    private async Task Notify(string method, object parameters)
    {
        try
        {
            await _rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
        }
    }

    /// <summary>A progress bar while the content is first read, for a client that shows them; it ends when every diagnostic is published.</summary>
    private async Task ReportLoadingAsync(Session session)
    {
        const string Token = "factbase/loading";
        try
        {
            if (_workDoneProgress)
            {
                await _rpc.InvokeWithParameterObjectAsync<object?>(Methods.WorkDoneProgressCreate, new WorkDoneProgressCreateParams(Token), _stop.Token).ConfigureAwait(false);
                await Notify(Methods.Progress, new ProgressParams(Token, new WorkDoneProgressBegin("FactBase", $"reading {session.Root.Name}", null))).ConfigureAwait(false);
            }

            await session.Analyzer.Loaded.WaitAsync(_stop.Token).ConfigureAwait(false);
            if (_workDoneProgress)
            {
                var shown = _publisher!.FilesWithDiagnostics;
                await Notify(Methods.Progress, new ProgressParams(Token, new WorkDoneProgressEnd($"{session.Root.Name}: {shown} files with problems"))).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or RemoteInvocationException or ConnectionLostException)
        {
        }
    }

    /// <summary>Files saved, created, deleted or renamed outside the editor: read again, unless the editor has them open.</summary>
    private void Watch(Session session)
    {
        try
        {
            var watcher = new FileSystemWatcher(session.Root.FullPath) { IncludeSubdirectories = true };
            watcher.Changed += (_, e) => Refresh(session, e.FullPath);
            watcher.Created += (_, e) => Refresh(session, e.FullPath);
            watcher.Deleted += (_, e) => Refresh(session, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Refresh(session, e.OldFullPath);
                Refresh(session, e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            _log.WriteLine($"factbase lsp: not watching {session.Root.FullPath}: {e.Message}");
        }
    }

    private static void Refresh(Session session, string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories))
                {
                    session.Files.Refresh(file);
                }
            }
            else
            {
                session.Files.Refresh(path);
                session.Files.RefreshUnder(path);
            }

            session.Analyzer.Changed();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
