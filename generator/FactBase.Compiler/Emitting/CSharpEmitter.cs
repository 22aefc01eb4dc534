using System.Collections.Generic;
using System.Globalization;
using FactBase.Compiler.Common;
using FactBase.Compiler.Pipeline;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// The compiled base as C#, in files that change apart: a file per kind (its class, enums and
/// reader), a file per chunk of <see cref="EmitContext.ChunkSize"/> facts of a kind (their typed
/// properties) and the <c>Kb</c> file. Pure text, no Roslyn. The generator emits each file in its
/// own cached step; <see cref="Emit"/> does all of it at once.
/// </summary>
public static class CSharpEmitter
{
    /// <summary>
    /// Facts per chunk by default: an edit that changes a fact's documentation emits its chunk's file
    /// again, and the IDE parses it again (see docs/performance.md).
    /// </summary>
    public const int ChunkSize = 32;

    /// <summary>Every file of the compiled content, placed and laid out as the generator does it step by step.</summary>
    public static EquatableArray<GeneratedSource> Emit(CompiledContent compiled, string @namespace, int chunkSize = ChunkSize)
    {
        var context = new EmitContext(compiled.Schema, @namespace, chunkSize);
        var placement = Placement.Place(context.Plan, FactKeys.Of(compiled.Files), compiled.Link);
        return Emit(context, placement.Layout(context));
    }

    /// <summary>Every file, kinds in the plan's order, each followed by its chunks, then <c>Kb</c>.</summary>
    public static EquatableArray<GeneratedSource> Emit(EmitContext context, Layout layout)
    {
        var sources = new List<GeneratedSource>();
        foreach (var kind in context.Plan.Kinds)
        {
            sources.Add(EmitKind(context, kind.Kind.Id));
            foreach (var chunk in layout.Chunks)
            {
                if (chunk.Kind == kind.Kind.Id)
                {
                    sources.Add(EmitChunk(context, chunk));
                }
            }
        }

        sources.Add(EmitKnowledgeBase(context, layout.Stamp));
        return sources.ToEquatableArray();
    }

    public static GeneratedSource EmitKind(EmitContext context, string kind)
    {
        var plan = context.Plan.ById[kind];
        var ordinal = 0;
        while (!ReferenceEquals(context.Plan.Kinds[ordinal], plan))
        {
            ordinal++;
        }

        return new GeneratedSource(plan.ClassName + ".g.cs", new KindEmitter(context.Types).Emit(plan, ordinal));
    }

    public static GeneratedSource EmitChunk(EmitContext context, ChunkModel chunk)
    {
        var plan = context.Plan.ById[chunk.Kind];
        var hint = $"{plan.CollectionName}.Chunk{chunk.Index.ToString(CultureInfo.InvariantCulture)}.g.cs";
        return new GeneratedSource(hint, new ChunkEmitter(context.Types).Emit(plan, chunk));
    }

    public static GeneratedSource EmitKnowledgeBase(EmitContext context, ContentHash stamp) =>
        new(Naming.KnowledgeBaseClass + ".g.cs", new KnowledgeBaseEmitter(context.Types).Emit(context.Plan, stamp, context.RecordsAssembly));
}
