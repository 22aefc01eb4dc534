using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// The model as C#, in files that change apart: a file per kind (schema), a file per chunk of
/// <see cref="ChunkSize"/> facts of a kind (typed properties and records), and the <c>Kb</c> file.
/// Pure text, no Roslyn. The generator emits each file in its own cached step; <see cref="Emit"/>
/// does all of it at once.
/// </summary>
public static class CSharpEmitter
{
    /// <summary>
    /// Facts per chunk: an edit re-emits one chunk (about 250 KB of C# for the synthetic corpus),
    /// and start-up touches one small delegate per chunk to index ids. See docs/performance.md.
    /// </summary>
    public const int ChunkSize = 128;

    public static EquatableArray<GeneratedSource> Emit(KnowledgeBaseModel model, EmitOptions options)
    {
        var context = new EmitContext(new SchemaModel(model.Kinds, EquatableArray<Diagnostics.Diagnostic>.Empty), options.Namespace);
        var layout = Layout(context, model.Facts, fact => fact.Backlinks);
        var sources = new List<GeneratedSource>();
        foreach (var kind in layout.Kinds)
        {
            sources.Add(EmitKind(context, kind));
            sources.AddRange(layout.Chunks.Where(c => c.Kind == kind.Kind).Select(c => EmitChunk(context, c)));
        }

        sources.Add(EmitKnowledgeBase(context, layout.Ids));
        return sources.ToEquatableArray();
    }

    /// <summary>The facts of each kind the plan emits, in id order, given members (colliding ones left out) and cut into chunks.</summary>
    public static Layout Layout(EmitContext context, IEnumerable<FactModel> facts, Func<FactModel, EquatableArray<BacklinkModel>> backlinks)
    {
        var byKind = new Dictionary<string, List<FactModel>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (!byKind.TryGetValue(fact.Kind, out var list))
            {
                byKind[fact.Kind] = list = [];
            }

            list.Add(fact);
        }

        var kinds = new List<KindLayout>();
        var chunks = new List<ChunkModel>();
        var ids = new List<ChunkIds>();
        for (var ordinal = 0; ordinal < context.Plan.Kinds.Count; ordinal++)
        {
            var kind = context.Plan.Kinds[ordinal];
            var members = new HashSet<string>(Naming.ObjectMembers, StringComparer.Ordinal) { Naming.AllMember, kind.CollectionName };
            var ofKind = byKind.TryGetValue(kind.Kind.Id, out var found) ? found : [];
            ofKind.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var kept = new List<ChunkFact>(ofKind.Count);
            foreach (var fact in ofKind)
            {
                var member = Naming.Pascal(fact.Id);
                if (members.Add(member))
                {
                    kept.Add(new ChunkFact(fact, member, backlinks(fact)));
                }
            }

            var size = Math.Max(1, context.ChunkSize);
            var count = (kept.Count + size - 1) / size;
            kinds.Add(new KindLayout(kind.Kind.Id, count));
            for (var i = 0; i < count; i++)
            {
                var slice = new EquatableArray<ChunkFact>(kept.GetRange(i * size, Math.Min(size, kept.Count - (i * size))).ToArray());
                chunks.Add(new ChunkModel(kind.Kind.Id, i, slice));
                ids.Add(new ChunkIds(ordinal, i, slice.Select(f => f.Fact.Id).ToEquatableArray()));
            }
        }

        return new Layout(kinds.ToEquatableArray(), chunks.ToEquatableArray(), ids.ToEquatableArray());
    }

    /// <summary>The layout of the facts the linker kept, with the backlinks it found.</summary>
    public static Layout Layout(EmitContext context, IEnumerable<FactModel> facts, LinkResult link)
    {
        var backlinks = link.BacklinksById;
        return Layout(
            context,
            facts.Where(f => !link.IsDropped(f.Path)),
            fact => backlinks.TryGetValue(fact.Id, out var found) ? found : EquatableArray<BacklinkModel>.Empty);
    }

    public static GeneratedSource EmitKind(EmitContext context, KindLayout kind)
    {
        var plan = context.Plan.ById[kind.Kind];
        return new GeneratedSource(plan.ClassName + ".g.cs", new KindEmitter(context.Types).Emit(plan, kind.ChunkCount));
    }

    public static GeneratedSource EmitChunk(EmitContext context, ChunkModel chunk)
    {
        var plan = context.Plan.ById[chunk.Kind];
        var hint = $"{plan.CollectionName}.Chunk{chunk.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}.g.cs";
        return new GeneratedSource(hint, new ChunkEmitter(context.Types).Emit(plan, chunk));
    }

    public static GeneratedSource EmitKnowledgeBase(EmitContext context, EquatableArray<ChunkIds> ids) =>
        new(Naming.KnowledgeBaseClass + ".g.cs", new KnowledgeBaseEmitter(context.Types).Emit(context.Plan, ids));
}
