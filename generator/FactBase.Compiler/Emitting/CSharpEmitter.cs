using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Checking;
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
    /// Facts per chunk: an edit re-emits one chunk (about 40,000 characters of C# for the
    /// synthetic corpus, where 128 facts made strings for the large object heap), and start-up touches one
    /// small delegate per chunk to index ids. Measured against 128 and 16: see docs/performance.md.
    /// </summary>
    public const int ChunkSize = 32;

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
        var all = facts.ToList();
        var byId = new Dictionary<string, EquatableArray<BacklinkModel>>(all.Count, StringComparer.Ordinal);
        foreach (var fact in all)
        {
            byId[fact.Id] = backlinks(fact);
        }

        var placement = Placement.Place(context, all.Select(f => ((string, string, string)?)(f.Id, f.Kind, f.Path)).ToList(), id => byId[id]);
        return placement.Fill(all) ?? throw new InvalidOperationException("Every placed fact has its model.");
    }

    /// <summary>The places of the facts the linker kept, with the backlinks it found; <paramref name="facts"/> in the layout's order, null where no fact.</summary>
    public static Placement Place(EmitContext context, IReadOnlyList<FactSummary?> facts, LinkResult link)
    {
        var backlinks = link.BacklinksById;
        return Placement.Place(
            context,
            facts.Select(f => f is null || link.IsDropped(f.Path) ? null : ((string, string, string)?)(f.Id, f.Kind, f.Path)).ToList(),
            id => backlinks.TryGetValue(id, out var found) ? found : EquatableArray<BacklinkModel>.Empty);
    }

    /// <summary>The layout of the facts the linker kept, with the backlinks it found (checked files in any order).</summary>
    public static Layout Layout(EmitContext context, IReadOnlyList<CheckedFile> files, LinkResult link) =>
        Place(context, files.Select(f => f.Fact is null ? null : f.Summary).ToList(), link).Fill(files.Select(f => f.Fact).ToList())
            ?? throw new InvalidOperationException("Every placed fact has its model.");

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
