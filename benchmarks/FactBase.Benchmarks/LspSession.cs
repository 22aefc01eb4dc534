using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Reading;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace FactBase.Benchmarks;

/// <summary>
/// `factbase lsp` in this process, over an in-memory pipe, and an editor's side of it: the client
/// notes every publication of diagnostics (and when the first load's progress ends), so that a
/// figure can wait for exactly the publication it times.
/// </summary>
internal sealed class LspSession : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task<int> _server;
    private int _version;
    private int _publications;

    private LspSession(JsonRpc rpc, Task<int> server)
    {
        _rpc = rpc;
        _server = server;
    }

    /// <summary>Publications of diagnostics so far, over all files.</summary>
    public int Publications => Volatile.Read(ref _publications);

    /// <summary>Starts the server, initializes it and waits until every diagnostic of the content is published.</summary>
    public static async Task<LspSession> OpenAsync(string root)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var running = Task.Run(() => FactBase.Cli.LanguageServer.Server.LanguageServer.RunAsync(server, server, root, ReadOptions.Default, Console.Error));
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(client, client, new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.Options }));
        var session = new LspSession(rpc, running);
        rpc.AddLocalRpcTarget(new Editor(session), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        var capabilities = new { window = new { workDoneProgress = true }, workspace = new { workspaceEdit = new { documentChanges = true, resourceOperations = new[] { "create", "rename" } } } };
        await rpc.InvokeWithParameterObjectAsync<JsonElement>(Methods.Initialize, new { processId = (int?)null, rootUri = ContentRoot.UriOf(Path.GetDirectoryName(root)!), capabilities });
        await rpc.NotifyWithParameterObjectAsync(Methods.Initialized, new { });
        await session._loaded.Task;
        return session;
    }

    public string UriOf(string path) => ContentRoot.UriOf(path);

    /// <summary>How many diagnostics the file shows now.</summary>
    public int Count(string path) => _counts.GetValueOrDefault(UriOf(path), 0);

    public Task OpenAsync(string path, string text) =>
        _rpc.NotifyWithParameterObjectAsync(Methods.DidOpen, new { textDocument = new { uri = UriOf(path), languageId = "markdown", version = ++_version, text } });

    public Task ChangeAsync(string path, string text) =>
        _rpc.NotifyWithParameterObjectAsync(Methods.DidChange, new { textDocument = new { uri = UriOf(path), version = ++_version }, contentChanges = new[] { new { text } } });

    public Task<JsonElement> RequestAsync(string method, object parameters) => _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters);

    public static object At(string uri, int line, int character) => new { textDocument = new { uri }, position = new { line, character } };

    /// <summary>Waits (spinning briefly: the figures are milliseconds) until <paramref name="done"/> holds.</summary>
    public static async Task Until(Func<bool> done, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The server did not publish what was awaited.");
            }

            await Task.Yield();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _rpc.InvokeWithParameterObjectAsync<JsonElement>(Methods.Shutdown, new { });
        await _rpc.NotifyWithParameterObjectAsync(Methods.Exit, new { });
        await _server;
        _rpc.Dispose();
    }

    private sealed class Editor(LspSession session)
    {
        [JsonRpcMethod(Methods.PublishDiagnostics)]
        public void Publish(JsonElement parameters)
        {
            session._counts[parameters.GetProperty("uri").GetString()!] = parameters.GetProperty("diagnostics").GetArrayLength();
            Interlocked.Increment(ref session._publications);
        }

        [JsonRpcMethod(Methods.WorkDoneProgressCreate)]
        public object? Create(JsonElement parameters) => null;

        [JsonRpcMethod(Methods.Progress)]
        public void Progress(JsonElement parameters)
        {
            if (parameters.GetProperty("value").GetProperty("kind").GetString() == "end")
            {
                session._loaded.TrySetResult();
            }
        }
    }
}
