using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Site;
using FactBase.Cli.Site.Output;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>
/// <c>factbase site &lt;dir&gt; -o &lt;out&gt;</c>: the knowledge base as a static site, for any static
/// host or <c>file://</c>. Problems in the content go to standard error and make the exit code 1;
/// the site still holds every fact that compiled. Standard output says what was written.
/// </summary>
internal static class SiteCommand
{
    public static int Run(string directory, string outputFolder, SiteOptions site, ReadOptions options, TextWriter output, TextWriter error, TerminalInfo? terminal = null)
    {
        terminal ??= TerminalInfo.Plain;
        var watch = Stopwatch.StartNew();
        var content = LoadedContent.Load(directory, options, error, terminal);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        var folder = SiteFolder.Open(outputFolder, out var refusal);
        if (folder is null)
        {
            error.WriteLine($"factbase: {refusal}");
            return ExitCodes.UsageError;
        }

        foreach (var diagnostic in content.OrderedDiagnostics)
        {
            error.WriteLine(DiagnosticText.Format(diagnostic, terminal.ColorError));
        }

        using (var spinner = StatusSpinner.Start(error, terminal.ShowProgress))
        {
            spinner.Update($"writing the site into {outputFolder}");
            using (var writer = new WriterThread(folder.Write))
            {
                SiteBuilder.Build(content.Model, content.Schema, directory, site, writer.Write);
                writer.Finish();
            }

            folder.RemoveStale();
        }

        var megabytes = (folder.Bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine($"{outputFolder}: {folder.Files:N0} files, {megabytes} MB, in {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; open {Path.Join(outputFolder, SitePaths.Home).Replace('\\', '/')}");
        if (content.Errors > 0)
        {
            error.WriteLine($"factbase: {LoadedContent.Plural(content.Errors, "error")} in {directory}: the site leaves out what did not compile");
        }

        return content.ExitCode;
    }
}
