using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Linking;

/// <summary>
/// The whole knowledge base compiled at once, with every fact and its values: what the command
/// line's commands read. It runs the one pipeline (<see cref="ContentPipeline"/>), as the build does,
/// so both report the same diagnostics. One broken file never hides another's problems.
/// </summary>
public static class KnowledgeBaseCompiler
{
    /// <summary>The kind of the files that declare kinds.</summary>
    public const string KindKind = SchemaBuilder.KindKind;

    /// <summary>
    /// Compiles the files, reading and checking them on every core (each file alone, so the result is
    /// the same as one thread's); <paramref name="fileRead"/> is called as each file is read, from any thread.
    /// </summary>
    public static CompilationResult Compile(IEnumerable<ContentFile> files, ReadOptions options, Action? fileRead = null) =>
        Compile(files.Select(f => new SourceFile(f.Path, f.RelativePath, f.Text)).ToList(), cache: null, options, fileRead);

    /// <summary>Compiles the files, reusing what <paramref name="cache"/> holds (a watch session's), if any, and keeping what it reads there.</summary>
    public static CompilationResult Compile(IReadOnlyList<SourceFile> files, ResultCache? cache, ReadOptions options, Action? fileRead = null)
    {
        var compiled = ContentPipeline.Compile(files, new CompileOptions(options, KeepFacts: true), cache, fileRead);
        return new CompilationResult(compiled.Model(), compiled.Diagnostics);
    }

    /// <summary>
    /// Compiles the files for their problems alone, as <c>factbase check</c> asks: each fact's values are
    /// checked and let go (the model holds the kinds, and no facts), so that at scale the collector never
    /// carries them; <paramref name="factCount"/> is how many facts the link kept.
    /// </summary>
    public static CompilationResult Check(IReadOnlyList<SourceFile> files, ReadOptions options, out int factCount, Action? fileRead = null)
    {
        var compiled = ContentPipeline.Compile(files, new CompileOptions(options), cache: null, fileRead);
        factCount = compiled.FactCount;
        return new CompilationResult(compiled.Model(), compiled.Diagnostics);
    }

    /// <summary>The model: the kinds, and the facts kept by the linker, sorted by id, with their backlinks.</summary>
    public static KnowledgeBaseModel Assemble(SchemaModel schema, IEnumerable<FactModel> facts, LinkResult link)
    {
        var backlinks = link.BacklinksById;
        var kept = facts
            .Where(f => !link.IsDropped(f.Path))
            .Select(f => backlinks.TryGetValue(f.Id, out var found) ? f with { Backlinks = found } : f)
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new KnowledgeBaseModel(schema.Kinds, kept);
    }
}
