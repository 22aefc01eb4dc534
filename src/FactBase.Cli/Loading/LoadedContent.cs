using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Loading;

/// <summary>
/// A content folder read and compiled by the same core as the build, with what every
/// command asks of it: facts by id, the resolved schema, diagnostics in order, a summary.
/// </summary>
internal sealed class LoadedContent
{
    private readonly Lazy<KindSchema> _schema;
    private readonly Lazy<Dictionary<string, FactModel>> _byId;

    private LoadedContent(string directory, int fileCount, CompilationResult result, int factCount)
    {
        Directory = directory;
        FileCount = fileCount;
        FactCount = factCount;
        Result = result;
        Errors = result.Diagnostics.Count(d => d.IsError);
        Warnings = result.Diagnostics.Count - Errors;
        _schema = new(() => KindSchema.Build(result.Model.Kinds, []));
        _byId = new(() => result.Model.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal));
    }

    public string Directory { get; }

    public int FileCount { get; }

    /// <summary>How many facts the content holds (the model holds them too, unless they were checked alone).</summary>
    public int FactCount { get; }

    public CompilationResult Result { get; }

    public KnowledgeBaseModel Model => Result.Model;

    public int Errors { get; }

    public int Warnings { get; }

    /// <summary>The kinds with their inherited fields (the model's kinds hold only their own).</summary>
    public KindSchema Schema => _schema.Value;

    /// <summary>0 for valid content, 1 when it has errors.</summary>
    public int ExitCode => Errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;

    /// <summary>Diagnostics by file, then line, then column: the order <c>check</c> prints them.</summary>
    public IEnumerable<Diagnostic> OrderedDiagnostics => Result.Diagnostics
        .OrderBy(d => d.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column);

    /// <summary><c>content: 68 files, 19 kinds, 49 facts; 0 errors, 0 warnings</c>.</summary>
    public string Summary =>
        $"{Directory}: {FileCount} files, {Model.Kinds.Count} kinds, {FactCount} facts; " +
        $"{Plural(Errors, "error")}, {Plural(Warnings, "warning")}";

    /// <summary>
    /// Reads and compiles <paramref name="directory"/>, or says on <paramref name="error"/> that
    /// it does not exist and returns null (a usage error). A spinner shows on long runs.
    /// </summary>
    public static LoadedContent? Load(string directory, ReadOptions options, TextWriter error, TerminalInfo terminal, ResultCache? cache = null) =>
        Load(directory, options, error, terminal, cache, checkOnly: false);

    /// <summary>
    /// Reads and checks <paramref name="directory"/> for its problems alone (<c>factbase check</c>):
    /// the model holds no facts, only their count.
    /// </summary>
    public static LoadedContent? Check(string directory, ReadOptions options, TextWriter error, TerminalInfo terminal) =>
        Load(directory, options, error, terminal, cache: null, checkOnly: true);

    private static LoadedContent? Load(string directory, ReadOptions options, TextWriter error, TerminalInfo terminal, ResultCache? cache, bool checkOnly)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            error.WriteLine($"factbase: no folder '{directory}'");
            return null;
        }

        using var spinner = StatusSpinner.Start(error, terminal.ShowProgress);
        spinner.Update($"reading {directory}");
        var files = ContentLoader.Load(directory);
        using var readAhead = ReadAhead.Start(files);
        // On every core, in order: the output is the same as one thread's. Watch mode keeps a cache,
        // and parses again only the files that changed.
        var done = 0;
        void Parsed() => spinner.Update($"parsing {directory}: {System.Threading.Interlocked.Increment(ref done)}/{files.Count} files");

        // check reads no fact's values after checking them: kept, at scale they would be most of what
        // the collector carries from generation to generation while the rest are read.
        var compiled = ContentPipeline.Compile(files, new CompileOptions(options, KeepFacts: !checkOnly), cache, Parsed);
        return new LoadedContent(directory, files.Count, new CompilationResult(compiled.Model(), compiled.Diagnostics), compiled.FactCount);
    }

    public FactModel? FindFact(string id) => _byId.Value.TryGetValue(id, out var fact) ? fact : null;

    /// <summary>For commands whose output is not the diagnostics: one line on standard error when the content has problems.</summary>
    public void ReportProblemsBriefly(TextWriter error)
    {
        if (Errors + Warnings > 0)
        {
            error.WriteLine($"factbase: {Directory} has {Plural(Errors, "error")} and {Plural(Warnings, "warning")}; 'factbase check {Directory}' lists them");
        }
    }

    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
