using System.IO;
using System.Linq;
using FactBase.Cli.Export;
using FactBase.Cli.Export.Parquet;
using FactBase.Cli.Export.Rdf;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>The shapes <c>export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>One JSON document: kinds and facts.</summary>
    Json,

    /// <summary>JSON Lines: one fact a line, for large knowledge bases and line-oriented tools.</summary>
    Jsonl,

    /// <summary>RDF as N-Triples: one triple a line, for SPARQL stores and line-oriented loaders.</summary>
    Nt,

    /// <summary>RDF as Turtle: the same triples, with prefixes, grouped by subject.</summary>
    Ttl,

    /// <summary>A folder of Parquet files: one per kind, links and citations, for SQL engines.</summary>
    Parquet,
}

/// <summary>
/// <c>factbase export &lt;dir&gt;</c>: the knowledge base as JSON or RDF on standard output, or as
/// Parquet files in a new folder. Problems go to standard error, and errors make the exit code 1,
/// so a script never takes bad content for good. A bad <c>--base</c> or <c>--output</c> stops it
/// before anything is read or written.
/// </summary>
internal static class ExportCommand
{
    public static int Run(
        string directory,
        ReadOptions options,
        Stream output,
        TextWriter error,
        ExportFormat format = ExportFormat.Json,
        TerminalInfo? terminal = null,
        string? baseIri = null,
        string? folder = null)
    {
        terminal ??= TerminalInfo.Plain;
        if (UsageProblem(format, baseIri, folder) is { } problem)
        {
            error.WriteLine($"factbase: {problem}");
            return ExitCodes.UsageError;
        }

        var content = LoadedContent.Load(directory, options, error, terminal);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        foreach (var diagnostic in content.OrderedDiagnostics)
        {
            error.WriteLine(DiagnosticText.Format(diagnostic, terminal.ColorError));
        }

        switch (format)
        {
            case ExportFormat.Jsonl:
                JsonExporter.WriteLines(content.Model, output);
                break;
            case ExportFormat.Nt or ExportFormat.Ttl:
                var names = new Vocabulary(baseIri ?? BaseIri.Default);
                using (TripleWriter writer = format == ExportFormat.Nt ? new NTriplesWriter(output) : new TurtleWriter(output, names.Prefixes))
                {
                    RdfExporter.Write(content.Model, names, writer);
                }

                break;
            case ExportFormat.Parquet:
                ParquetExporter.Write(content.Model, content.Schema, folder!, error);
                break;
            default:
                JsonExporter.Write(content.Model, output);
                break;
        }

        return content.ExitCode;
    }

    /// <summary>Why the options cannot be followed, before anything is read or written; null when they can.</summary>
    private static string? UsageProblem(ExportFormat format, string? baseIri, string? folder)
    {
        var rdf = format is ExportFormat.Nt or ExportFormat.Ttl;
        if (baseIri is not null && !rdf)
        {
            return "--base names the IRIs of RDF: it goes with --format nt or ttl";
        }

        if (baseIri is not null && BaseIri.Problem(baseIri) is { } why)
        {
            return $"--base '{baseIri}' will not do: {why} (such as {BaseIri.Default})";
        }

        if (format != ExportFormat.Parquet)
        {
            return folder is null ? null : "--output is for --format parquet; the other formats print to standard output";
        }

        if (folder is null)
        {
            return "--format parquet writes a folder of files: name a new or empty one with --output <dir>";
        }

        if (File.Exists(folder))
        {
            return $"--output '{folder}' is a file: name a new or empty folder";
        }

        return Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()
            ? $"--output '{folder}' is not empty: name a new or empty folder, so that nothing is overwritten"
            : null;
    }
}
