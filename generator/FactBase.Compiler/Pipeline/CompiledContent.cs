using System;
using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Pipeline;

/// <summary>The pipeline's two stages done: every file's result with the schema, and the link.</summary>
public sealed record CompiledContent(FileResults Files, LinkResult Link)
{
    public SchemaModel Schema => Files.Schema;

    public EquatableArray<FileResult> Results => Files.Results;

    /// <summary>Every problem found: each file's (files in path order), then the schema's, then the link's.</summary>
    public EquatableArray<Diagnostic> Diagnostics => DiagnosticsOf(Files, Link);

    public bool HasErrors => Diagnostics.HasErrors();

    /// <summary>How many facts the link kept: every checked file's fact but the dropped ones, whether or not their values were kept.</summary>
    public int FactCount
    {
        get
        {
            var facts = 0;
            foreach (var result in Results)
            {
                facts += result.Link?.Fact is null ? 0 : 1;
            }

            return facts - Link.Dropped.Count;
        }
    }

    /// <summary>
    /// The knowledge base: the kinds, and the facts the link kept, sorted by id, with their backlinks.
    /// Only the facts this process checked with <see cref="CompileOptions.KeepFacts"/> are in it.
    /// </summary>
    public KnowledgeBaseModel Model()
    {
        var facts = new List<FactModel>(Results.Count);
        foreach (var result in Results)
        {
            if (result.Fact is { } fact)
            {
                facts.Add(fact);
            }
        }

        return KnowledgeBaseCompiler.Assemble(Schema, facts, Link);
    }

    /// <summary>The problems of every stage, in one order whatever the order the files came in.</summary>
    public static EquatableArray<Diagnostic> DiagnosticsOf(FileResults files, LinkResult link)
    {
        IReadOnlyList<FileResult> ordered = files.Results;
        if (!InPathOrder(ordered))
        {
            var sorted = new List<FileResult>(ordered);
            sorted.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            ordered = sorted;
        }

        var all = new List<Diagnostic>();
        foreach (var result in ordered)
        {
            all.AddRange(result.Diagnostics);
        }

        all.AddRange(files.Schema.Diagnostics);
        all.AddRange(link.Diagnostics);
        return all.ToEquatableArray();
    }

    /// <summary>Whether the results are in path order already, as every reader of files gives them: then sorting them again is wasted.</summary>
    private static bool InPathOrder(IReadOnlyList<FileResult> results)
    {
        for (var i = 1; i < results.Count; i++)
        {
            if (string.CompareOrdinal(results[i - 1].RelativePath, results[i].RelativePath) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
