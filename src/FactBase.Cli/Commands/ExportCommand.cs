using System.IO;
using FactBase.Cli.Export;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>The shapes <c>export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>One JSON document: kinds and facts (DESIGN.md §4).</summary>
    Json,

    /// <summary>JSON Lines: one fact a line, for large knowledge bases and line-oriented tools.</summary>
    Jsonl,
}

/// <summary>
/// <c>factbase export &lt;dir&gt;</c>: the JSON of DESIGN.md §4 on standard output. Problems go to
/// standard error, and errors make the exit code 1, so a script never takes bad content for good.
/// </summary>
internal static class ExportCommand
{
    public static int Run(string directory, ReadOptions options, Stream output, TextWriter error, ExportFormat format = ExportFormat.Json, TerminalInfo? terminal = null)
    {
        terminal ??= TerminalInfo.Plain;
        var content = LoadedContent.Load(directory, options, error, terminal);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        foreach (var diagnostic in content.OrderedDiagnostics)
        {
            error.WriteLine(DiagnosticText.Format(diagnostic, terminal.ColorError));
        }

        if (format == ExportFormat.Jsonl)
        {
            JsonExporter.WriteLines(content.Model, output);
        }
        else
        {
            JsonExporter.Write(content.Model, output);
        }

        return content.ExitCode;
    }
}
