using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Linking;

/// <summary>
/// The whole pipeline over a knowledge base, in the steps the generator caches one by one:
/// read each file (<see cref="FileParser"/>), build the schema from the kinds
/// (<see cref="SchemaBuilder"/>), check each fact against it (<see cref="FileChecker"/>),
/// link the facts' summaries (<see cref="Linker"/>) and assemble the model. One broken file
/// never hides another's problems: every file is checked, and every problem reported.
/// </summary>
public static class KnowledgeBaseCompiler
{
    /// <summary>The kind of the files that declare kinds.</summary>
    public const string KindKind = SchemaBuilder.KindKind;

    /// <summary>
    /// Compiles the files, reading and checking them on every core (each file alone, so the result is
    /// the same as one thread's, in the same order); what <c>factbase check</c> and <c>export</c> run.
    /// </summary>
    /// <remarks>
    /// The files under <c>kinds/</c> are read first, and the schema built from them; every other file
    /// is then checked against it as soon as it is read, so that its front matter's mapping dies young
    /// (<see cref="FrontMatter"/>). Should one of those files declare a kind after all, the schema
    /// was not the whole one: the checks are dropped and made again against the whole schema.
    /// <paramref name="fileRead"/> is called as each file is read, from any thread.
    /// </remarks>
    public static CompilationResult Compile(IEnumerable<ContentFile> files, ReadOptions options, Action? fileRead = null)
    {
        var all = files as IReadOnlyList<ContentFile> ?? files.ToList();
        var first = all.Where(f => Casualties.IsUnderKinds(f.RelativePath)).Select(f => Parse(f)).ToList();
        var schema = SchemaBuilder.Build(first.Where(SchemaBuilder.IsSchemaInput));
        _ = schema.Schema; // built once, before any thread reads it
        _ = schema.Casualties;

        var rest = all.Where(f => !Casualties.IsUnderKinds(f.RelativePath)).AsParallel().AsOrdered().Select(f =>
        {
            var parsed = FileParser.Parse(f, options, out var frontMatter);
            fileRead?.Invoke();
            return (File: parsed, Checked: SchemaBuilder.IsKindFile(parsed) ? null : FileChecker.Check(parsed, schema, frontMatter));
        }).ToList();
        var parsedFiles = first.Select(f => (File: f, Checked: (CheckedFile?)null)).Concat(rest).ToList();
        return rest.Any(r => SchemaBuilder.IsSchemaInput(r.File))
            ? Link(parsedFiles.Select(p => p.File).ToList(), parallel: true)
            : Link(parsedFiles, schema, parallel: true);

        ParsedFile Parse(ContentFile file)
        {
            var parsed = FileParser.Parse(file, options);
            fileRead?.Invoke();
            return parsed;
        }
    }

    public static CompilationResult Link(IReadOnlyList<ParsedFile> files) => Link(files, parallel: false);

    /// <summary>Links parsed files; <paramref name="parallel"/> checks them on every core (the output is the same).</summary>
    public static CompilationResult Link(IReadOnlyList<ParsedFile> files, bool parallel) =>
        Link(files.Select(f => (f, (CheckedFile?)null)).ToList(), schema: null, parallel);

    /// <summary>Links parsed files, some of them checked already against <paramref name="schema"/>, which is then the schema (built from the files when null).</summary>
    private static CompilationResult Link(IReadOnlyList<(ParsedFile File, CheckedFile? Checked)> files, SchemaModel? schema, bool parallel)
    {
        try
        {
            return LinkUnguarded(files, schema, parallel);
        }
        catch (Exception e) when (InternalErrors.IsReportable(e))
        {
            // A bug of ours, not of the content: reported as such, with every file's own diagnostics.
            var path = files.Count > 0 ? files[0].File.Path : string.Empty;
            var empty = new KnowledgeBaseModel(EquatableArray<KindDefinition>.Empty, EquatableArray<FactModel>.Empty);
            return new CompilationResult(empty, files.SelectMany(f => f.File.Diagnostics).Append(InternalErrors.At(path, e)).ToEquatableArray());
        }
    }

    /// <summary>
    /// The generator's steps, composed: the same inputs to each, so the same diagnostics. Each step
    /// guards itself (FB0900), and does its share of the casualty bookkeeping (<see cref="Casualties"/>).
    /// </summary>
    private static CompilationResult LinkUnguarded(IReadOnlyList<(ParsedFile File, CheckedFile? Checked)> files, SchemaModel? given, bool parallel)
    {
        var diagnostics = new List<Diagnostic>();
        var ordered = files.OrderBy(f => f.File.RelativePath, StringComparer.Ordinal).ToList();
        foreach (var (file, _) in ordered)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        var schema = given ?? SchemaBuilder.Build(ordered.Select(f => f.File).Where(SchemaBuilder.IsSchemaInput));
        diagnostics.AddRange(schema.Diagnostics);
        _ = schema.Schema; // built once, before any thread reads it
        _ = schema.Casualties;
        var factFiles = ordered.Where(f => !SchemaBuilder.IsKindFile(f.File));
        var checkedFiles = parallel
            ? factFiles.AsParallel().AsOrdered().Select(f => f.Checked ?? FileChecker.Check(f.File, schema)).ToList()
            : factFiles.Select(f => f.Checked ?? FileChecker.Check(f.File, schema)).ToList();
        foreach (var file in checkedFiles)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        var link = Linker.Link(checkedFiles.Select(f => f.Entry), schema);
        diagnostics.AddRange(link.Diagnostics);
        var model = Assemble(schema, checkedFiles.Where(f => f.Fact is not null).Select(f => f.Fact!), link);
        return new CompilationResult(model, diagnostics.ToEquatableArray());
    }

    /// <summary>The model: the kinds, and the facts kept by the linker, sorted by id, with their backlinks.</summary>
    public static KnowledgeBaseModel Assemble(SchemaModel schema, IEnumerable<FactModel> facts, LinkResult link)
    {
        var dropped = new HashSet<string>(link.Dropped, StringComparer.Ordinal);
        var backlinks = link.Backlinks.ToDictionary(b => b.TargetId, b => b.Backlinks, StringComparer.Ordinal);
        var kept = facts
            .Where(f => !dropped.Contains(f.Path))
            .Select(f => backlinks.TryGetValue(f.Id, out var found) ? f with { Backlinks = found } : f)
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new KnowledgeBaseModel(schema.Kinds, kept);
    }
}
