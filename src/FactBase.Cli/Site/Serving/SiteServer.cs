using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FactBase.Cli.Site.Serving;

/// <summary>What the server sends for each path: the site's files, or one page for every page path (the content's problems).</summary>
internal sealed record ServedSite(IReadOnlyDictionary<string, byte[]> Files, byte[]? EveryPage);

/// <summary>
/// The preview server of <c>serve</c>: the site held in memory, on localhost only, over HTTP. Pages
/// connect to <c>/_factbase/events</c> (server-sent events) and reload when <see cref="Publish"/>
/// hands it a new site. Only the site's own paths are served: a path is a key of the site, never
/// a file on disk.
/// </summary>
internal sealed class SiteServer : IDisposable
{
    public const string EventsPath = "/_factbase/events";
    public const string ReloadScriptPath = "/_factbase/live-reload.js";

    private static readonly byte[] ReloadScript = ReadReloadScript();

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<int, Channel> _clients = new();
    private ServedSite _site;
    private int _version;
    private int _nextClient;

    public SiteServer(string host, int port, ServedSite site)
    {
        _site = site;
        Address = $"http://{host}:{port}/";
        _listener.Prefixes.Add(Address);
    }

    public string Address { get; }

    /// <summary>Starts listening; an address in use throws <see cref="HttpListenerException"/>.</summary>
    public void Start() => _listener.Start();

    /// <summary>Serves requests until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        using var stop = cancellation.Register(() =>
        {
            foreach (var client in _clients.Values)
            {
                client.Close();
            }

            _listener.Stop();
        });
        while (!cancellation.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException && cancellation.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => Serve(context, cancellation), CancellationToken.None);
        }
    }

    /// <summary>Swaps in a rebuilt site and tells every open page to reload.</summary>
    public void Publish(ServedSite site)
    {
        _site = site;
        var version = Interlocked.Increment(ref _version);
        foreach (var client in _clients.Values)
        {
            client.Send(version);
        }
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();

    private async Task Serve(HttpListenerContext context, CancellationToken cancellation)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            if (path == EventsPath)
            {
                await Events(response, cancellation).ConfigureAwait(false);
                return;
            }

            if (path == ReloadScriptPath)
            {
                Send(response, 200, ReloadScript, "text/javascript; charset=utf-8");
                return;
            }

            var site = _site;
            var key = Uri.UnescapeDataString(path.TrimStart('/'));
            key = key.Length == 0 || key.EndsWith('/') ? key + SitePaths.Home : key;
            if (site.EveryPage is { } problems && key.EndsWith(".html", StringComparison.Ordinal))
            {
                Send(response, 200, problems, "text/html; charset=utf-8");
            }
            else if (site.Files.TryGetValue(key, out var bytes))
            {
                Send(response, 200, bytes, ContentType(key));
            }
            else
            {
                Send(response, 404, Encoding.UTF8.GetBytes($"Not found: {path}\n"), "text/plain; charset=utf-8");
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response: nothing to tell it.
        }
    }

    private async Task Events(HttpListenerResponse response, CancellationToken cancellation)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var id = Interlocked.Increment(ref _nextClient);
        var client = new Channel(response);
        _clients[id] = client;
        try
        {
            client.Send(Volatile.Read(ref _version));
            await client.Closed.WaitAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _clients.TryRemove(id, out _);
            client.Close();
        }
    }

    private static void Send(HttpListenerResponse response, int status, byte[] bytes, string contentType)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static byte[] ReadReloadScript()
    {
        using var stream = typeof(SiteServer).Assembly.GetManifestResourceStream("FactBase.Cli.Site.Serving.live-reload.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>One open page's event stream: a version sent is one message; a failed write closes it.</summary>
    private sealed class Channel(HttpListenerResponse response)
    {
        private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _gate = new();

        public Task Closed => _closed.Task;

        public void Send(int version)
        {
            lock (_gate)
            {
                try
                {
                    response.OutputStream.Write(Encoding.UTF8.GetBytes($"data: {version}\n\n"));
                    response.OutputStream.Flush();
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    _closed.TrySetResult();
                }
            }
        }

        public void Close()
        {
            lock (_gate)
            {
                try
                {
                    response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                }
            }

            _closed.TrySetResult();
        }
    }
}
