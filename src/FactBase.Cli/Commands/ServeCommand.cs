using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.Loading;
using FactBase.Cli.Site;
using FactBase.Cli.Site.Pages;
using FactBase.Cli.Site.Serving;
using FactBase.Cli.Terminal;
using FactBase.Cli.Watching;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>Where <c>serve</c> listens, and how long it waits for a burst of saves to settle.</summary>
internal sealed record ServeSettings(int Port, TimeSpan Debounce)
{
    public const int DefaultPort = 4173;
    public const string Host = "127.0.0.1";
}

/// <summary>
/// <c>factbase serve [&lt;dir&gt;]</c>: the site of <c>factbase site</c>, previewed on localhost. It is
/// rebuilt in memory when a content file is saved (only the changed files are parsed again), and
/// every open page reloads itself. While the content has errors, every page is the list of them,
/// with file, line and column. Runs until cancelled (Ctrl+C), then exits 0.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(
        string directory,
        ServeSettings settings,
        SiteOptions site,
        ReadOptions options,
        TextWriter output,
        TextWriter error,
        TerminalInfo terminal,
        CancellationToken cancellation,
        Action<string>? ready = null)
    {
        var cache = new ResultCache();
        var content = LoadedContent.Load(directory, options, error, terminal, cache);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        site = site with { LiveReload = true };
        using var server = new SiteServer(ServeSettings.Host, settings.Port, Build(content, directory, site));
        try
        {
            server.Start();
        }
        catch (HttpListenerException e)
        {
            error.WriteLine($"factbase: cannot listen on {server.Address} ({e.Message}); choose another port with --port");
            return ExitCodes.UsageError;
        }

        var color = terminal.ColorOutput;
        Report(content, output, color);
        output.WriteLine($"serving {directory} at {server.Address}; press Ctrl+C to stop");
        output.Flush();
        using var watcher = new ContentWatcher(directory, settings.Debounce);
        var serving = server.RunAsync(cancellation);
        ready?.Invoke(server.Address);
        try
        {
            while (true)
            {
                var changed = await watcher.NextAsync(cancellation).ConfigureAwait(false);
                var clock = Stopwatch.StartNew();
                var updated = LoadedContent.Load(directory, options, error, terminal, cache);
                if (updated is null)
                {
                    return ExitCodes.UsageError; // The folder itself is gone.
                }

                server.Publish(Build(updated, directory, site));
                var files = changed.Count == 0 ? directory : string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : string.Empty);
                output.WriteLine($"{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} changed: {files}; rebuilt in {clock.ElapsedMilliseconds} ms");
                Report(updated, output, color);
                output.Flush();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await serving.ConfigureAwait(false);
            output.WriteLine(Paint.Dim("stopped serving", color));
            return ExitCodes.Success;
        }
    }

    /// <summary>The site in memory; with errors in the content, the page that lists them stands for every page.</summary>
    public static ServedSite Build(LoadedContent content, string directory, SiteOptions site)
    {
        var files = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        SiteBuilder.Build(content.Model, content.Schema, directory, site, page =>
        {
            // Served from memory until the next build: kept in an array of its own, its lent buffer handed back.
            files[page.Path] = page.ToArray();
            page.Release();
        });
        return new ServedSite(files, content.Errors > 0 ? ProblemsPage.Write(content, site) : null);
    }

    private static void Report(LoadedContent content, TextWriter output, bool color)
    {
        foreach (var diagnostic in content.OrderedDiagnostics)
        {
            output.WriteLine(DiagnosticText.Format(diagnostic, color));
        }

        output.WriteLine(DiagnosticText.Summary(content, color));
    }
}
