using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
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

        using var watcher = new ContentWatcher(directory, settings.Debounce);
        ready?.Invoke();
        try
        {
            while (true)
            {
                var changed = await watcher.NextAsync(cancellation).ConfigureAwait(false);
                var updated = LoadedContent.Load(directory, options, error, terminal, cache);
                if (updated is null)
                {
                    return ExitCodes.UsageError; // The folder itself is gone.
                }

                Report(clock, directory, changed, DiagnosticDiff.Compare(content.Result.Diagnostics, updated.Result.Diagnostics), updated, settings, output, color);
                content = updated;
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            output.WriteLine(Paint.Dim("stopped watching", color));
            return ExitCodes.Success;
        }
    }

    /// <summary>A Markdown file the knowledge base reads: <c>.md</c>, not starting with '_'.</summary>
    public static bool IsContent(string path) => ContentWatcher.IsContent(path);

    private static void Report(
        TimeProvider clock,
        string directory,
        IReadOnlyCollection<string> changed,
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
