using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Cli.Watching;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>How <c>watch</c> runs: how long to wait for a burst of saves to settle, and what to print.</summary>
internal sealed record WatchSettings(TimeSpan Debounce, bool PrintAll)
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(200);

    public static WatchSettings Default { get; } = new(DefaultDebounce, PrintAll: false);
}

/// <summary>
/// <c>factbase watch [&lt;dir&gt;]</c>: checks the content, then re-checks it whenever a Markdown file
/// under it is saved, created, renamed or deleted, and prints what changed: the problems that are
/// new and those that are fixed. Saves that come in a burst (an editor writing a temp file, then
/// renaming it) are taken together once they settle. Runs until cancelled (Ctrl+C), then exits 0.
/// </summary>
internal static class WatchCommand
{
    public static async Task<int> RunAsync(
        string directory,
        ReadOptions options,
        WatchSettings settings,
        TextWriter output,
        TextWriter error,
        TerminalInfo terminal,
        CancellationToken cancellation,
        Action? ready = null,
        TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var cache = new ResultCache();
        var content = LoadedContent.Load(directory, options, error, terminal, cache);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        var color = terminal.ColorOutput;
        foreach (var diagnostic in content.OrderedDiagnostics)
        {
            output.WriteLine(DiagnosticText.Format(diagnostic, color));
        }

        output.WriteLine(DiagnosticText.Summary(content, color));
        output.WriteLine(Paint.Dim($"watching {directory} for changes; press Ctrl+C to stop", color));
        output.Flush();

        var root = Path.GetFullPath(directory);
        var events = Channel.CreateUnbounded<string?>();
        using var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => events.Writer.TryWrite(e.FullPath);
        watcher.Created += (_, e) => events.Writer.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => events.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            events.Writer.TryWrite(e.OldFullPath);
            events.Writer.TryWrite(e.FullPath);
        };
        // Too many events at once (the watcher's buffer overflowed): re-check everything all the same.
        watcher.Error += (_, _) => events.Writer.TryWrite(null);
        watcher.EnableRaisingEvents = true;
        ready?.Invoke();

        // Folders under the root, to tell a folder deleted or renamed away (whose files go with it)
        // from an editor's extensionless temp file (vim's '4913'), which does not matter.
        var folders = Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
        try
        {
            while (true)
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                var any = false;
                Note(await events.Reader.ReadAsync(cancellation).ConfigureAwait(false));

                // Wait for the burst to settle, but not for ever: a file written without pause still gets checked.
                var burst = Stopwatch.StartNew();
                var longest = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(2).Ticks, settings.Debounce.Ticks * 10));
                while (burst.Elapsed < longest && await NextWithin(events.Reader, settings.Debounce, cancellation).ConfigureAwait(false) is (true, var next))
                {
                    Note(next);
                }

                if (!any)
                {
                    continue; // Only files the knowledge base ignores changed (editor temp files, drafts).
                }

                var updated = LoadedContent.Load(directory, options, error, terminal, cache);
                if (updated is null)
                {
                    return ExitCodes.UsageError; // The folder itself is gone.
                }

                Report(clock, directory, changed, DiagnosticDiff.Compare(content.Result.Diagnostics, updated.Result.Diagnostics), updated, settings, output, color);
                content = updated;

                void Note(string? path)
                {
                    if (path is null)
                    {
                        any = true;
                    }
                    else if (IsContent(path))
                    {
                        any = true;
                        changed.Add(Path.Join(directory, Path.GetRelativePath(root, path)).Replace('\\', '/'));
                    }
                    else if (Directory.Exists(path))
                    {
                        // A folder created or moved in: it matters if it brings Markdown files.
                        folders.Add(path);
                        any |= Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Any(IsContent);
                    }
                    else if (folders.Remove(path))
                    {
                        any = true; // A folder deleted or moved away, with its files.
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            output.WriteLine(Paint.Dim("stopped watching", color));
            return ExitCodes.Success;
        }
    }

    /// <summary>A Markdown file the knowledge base reads: <c>.md</c>, not starting with '_'.</summary>
    public static bool IsContent(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(path).StartsWith('_');

    /// <summary>The next event if one comes within <paramref name="quiet"/>; null once things have settled.</summary>
    private static async Task<(bool Found, string? Path)> NextWithin(ChannelReader<string?> reader, TimeSpan quiet, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(quiet);
        try
        {
            return (true, await reader.ReadAsync(timeout.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (false, null);
        }
    }

    private static void Report(
        TimeProvider clock,
        string directory,
        SortedSet<string> changed,
        DiagnosticChanges changes,
        LoadedContent content,
        WatchSettings settings,
        TextWriter output,
        bool color)
    {
        var time = clock.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var files = changed.Count == 0 ? directory
            : changed.Count <= 3 ? string.Join(", ", changed)
            : $"{string.Join(", ", changed.Take(3))} and {changed.Count - 3} more";
        output.WriteLine($"{Paint.Dim(time, color)} changed: {files}");
        foreach (var diagnostic in changes.Added)
        {
            output.WriteLine($"  {Paint.Red("new  ", color)} {DiagnosticText.Format(diagnostic, color)}");
        }

        foreach (var diagnostic in changes.Fixed)
        {
            output.WriteLine($"  {Paint.Green("fixed", color)} {DiagnosticText.Format(diagnostic, color)}");
        }

        if (changes.IsEmpty)
        {
            output.WriteLine("  no new or fixed problems");
        }

        if (settings.PrintAll)
        {
            foreach (var diagnostic in content.OrderedDiagnostics)
            {
                output.WriteLine(DiagnosticText.Format(diagnostic, color));
            }
        }

        output.WriteLine(DiagnosticText.Summary(content, color));
        output.Flush();
    }
}
