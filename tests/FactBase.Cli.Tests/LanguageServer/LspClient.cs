using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Reading;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace FactBase.Cli.Tests.LanguageServer;

/// <summary>
/// A language client for tests: the server runs in this process over an in-memory pipe, and the
/// client speaks to it as an editor does. Answers come back as JSON, read as the wire has them.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly JsonRpc _rpc;
    private readonly ConcurrentDictionary<string, JsonElement> _diagnostics = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly ConcurrentQueue<string> _progress = new();
    private readonly SemaphoreSlim _published = new(0);
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);

    private LspClient(JsonRpc rpc, Task<int> server, StringWriter log, string root)
    {
        _rpc = rpc;
        Server = server;
        Log = log;
        Root = root;
    }

    public Task<int> Server { get; }

    public StringWriter Log { get; }

    public string Root { get; }

    public IEnumerable<string> Messages => _messages;

    public IEnumerable<string> Progress => _progress;

    /// <summary>A server over <paramref name="root"/>, initialized; <paramref name="capabilities"/> is the client's JSON.</summary>
    /// <param name="quiet">How long the changes must pause before the server compiles the whole content again (short, unless a test wants only its incremental answers).</param>
    public static async Task<LspClient> StartAsync(string root, object? capabilities = null, string? directory = null, int? processId = null, bool waitForLoad = true, TimeSpan? quiet = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        var server = Task.Run(() => FactBase.Cli.LanguageServer.Server.LanguageServer.RunAsync(serverStream, serverStream, directory ?? root, ReadOptions.Default, TextWriter.Synchronized(log), quiet: quiet ?? TimeSpan.FromMilliseconds(50)));
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.Options }));
        var client = new LspClient(rpc, server, log, Path.GetFullPath(root));
        rpc.AddLocalRpcTarget(new Handlers(client), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        capabilities ??= DefaultCapabilities;
        await client.RequestAsync(Methods.Initialize, new { processId, rootUri = ContentRoot.UriOf(Path.GetDirectoryName(Path.GetFullPath(root))!), capabilities });
        await client.NotifyAsync(Methods.Initialized, new { });
        if (waitForLoad)
        {
            await client.UntilAsync(() => client._progress.Contains("end"));
        }

        return client;
    }

    /// <summary>What Neovim and VS Code say they can do, as far as the server reads it.</summary>
    public static object DefaultCapabilities => new
    {
        workspace = new { workspaceEdit = new { documentChanges = true, resourceOperations = new[] { "create", "rename", "delete" } } },
        textDocument = new { completion = new { completionItem = new { snippetSupport = false } }, rename = new { prepareSupport = true } },
        window = new { workDoneProgress = true },
    };

    public async Task<JsonElement> RequestAsync(string method, object parameters) =>
        await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters).WaitAsync(Patience);

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public string UriOf(string relative) => ContentRoot.UriOf(Path.Combine(Root, relative));

    public string Text(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public Task OpenAsync(string relative, string? text = null)
    {
        _versions[relative] = 1;
        return NotifyAsync(Methods.DidOpen, new { textDocument = new { uri = UriOf(relative), languageId = "markdown", version = 1, text = text ?? Text(relative) } });
    }

    /// <summary>The whole text replaced, as a client with full sync sends it.</summary>
    public Task ChangeAsync(string relative, string text)
    {
        var version = _versions[relative] = _versions.GetValueOrDefault(relative) + 1;
        return NotifyAsync(Methods.DidChange, new { textDocument = new { uri = UriOf(relative), version }, contentChanges = new[] { new { text } } });
    }

    /// <summary>A range replaced, as a client with incremental sync sends it.</summary>
    public Task EditAsync(string relative, int line, int character, int endLine, int endCharacter, string text)
    {
        var version = _versions[relative] = _versions.GetValueOrDefault(relative) + 1;
        var range = new { start = new { line, character }, end = new { line = endLine, character = endCharacter } };
        return NotifyAsync(Methods.DidChange, new { textDocument = new { uri = UriOf(relative), version }, contentChanges = new[] { new { range, text } } });
    }

    public static object At(string uri, int line, int character) => new { textDocument = new { uri }, position = new { line, character } };

    public object At(string relative, (int Line, int Character) position) => At(UriOf(relative), position.Line, position.Character);

    /// <summary>The last diagnostics published for a file (none if none were).</summary>
    public IReadOnlyList<JsonElement> Diagnostics(string relative) =>
        _diagnostics.TryGetValue(UriOf(relative), out var found) ? [.. found.EnumerateArray()] : [];

    public Task<IReadOnlyList<JsonElement>> DiagnosticsAsync(string relative, Func<IReadOnlyList<JsonElement>, bool> until) =>
        UntilAsync(() => Diagnostics(relative), until);

    public async Task<T> UntilAsync<T>(Func<T> read, Func<T, bool> until)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var value = read();
            if (until(value))
            {
                return value;
            }

            try
            {
                await _published.WaitAsync(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds} s; last value: {JsonSerializer.Serialize(value)}; server log: {Log}");
            }
        }
    }

    public Task UntilAsync(Func<bool> until) => UntilAsync(until, done => done);

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync(Methods.Shutdown, new { });
        await NotifyAsync(Methods.Exit, new { });
        return await Server.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Server.IsCompleted)
        {
            try
            {
                await ShutdownAsync();
            }
            catch (Exception e) when (e is ConnectionLostException or TimeoutException or ObjectDisposedException)
            {
            }
        }

        _rpc.Dispose();
    }

    /// <summary>What the server sends the client unasked.</summary>
    private sealed class Handlers(LspClient client)
    {
        [JsonRpcMethod(Methods.PublishDiagnostics)]
        public void Publish(JsonElement parameters)
        {
            client._diagnostics[parameters.GetProperty("uri").GetString()!] = parameters.GetProperty("diagnostics").Clone();
            client._published.Release();
        }

        [JsonRpcMethod(Methods.WorkDoneProgressCreate)]
        public object? CreateProgress(JsonElement parameters) => null;

        [JsonRpcMethod(Methods.Progress)]
        public void Progress(JsonElement parameters)
        {
            client._progress.Enqueue(parameters.GetProperty("value").GetProperty("kind").GetString()!);
            client._published.Release();
        }

        [JsonRpcMethod(Methods.ShowMessage)]
        public void ShowMessage(JsonElement parameters)
        {
            client._messages.Enqueue(parameters.GetProperty("message").GetString()!);
            client._published.Release();
        }
    }
}
