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
/// The whole knowledge base compiled at once from files in hand, with every fact and its values. It
/// runs the one pipeline (<see cref="ContentPipeline"/>), as the build and the command line do, so
/// all report the same diagnostics. One broken file never hides another's problems.
/// </summary>
public static class KnowledgeBaseCompiler
{
    /// <summary>The kind of the files that declare kinds.</summary>
    public const string KindKind = SchemaBuilder.KindKind;

    /// <summary>
    /// Compiles the files, reading and checking them on every core (each file alone, so the result is
    /// the same as one thread's); <paramref name="fileRead"/> is called as each file is read, from any thread.
    /// </summary>
    public static CompilationResult Compile(IEnumerable<ContentFile> files, ReadOptions options, Action? fileRead = null)
    {
        var sources = files.Select(f => new SourceFile(f.Path, f.RelativePath, f.Text)).ToList();
        var compiled = ContentPipeline.Compile(sources, new CompileOptions(options, KeepFacts: true), cache: null, fileRead);
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
