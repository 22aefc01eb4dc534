using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Compiler.Common;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Pipeline;

namespace FactBase.Compiler.Emitting;

/// <summary>A fact in its place: its id, its C# member, its file, and which of the pipeline's results it comes from (-1 when read from the index).</summary>
public readonly record struct PlacedFact(string Id, string Member, string RelativePath, int Source);

/// <summary>The facts of one kind, in id order: their index here is their index in the records and in the generated code.</summary>
public sealed record KindPlacement(string Kind, EquatableArray<PlacedFact> Facts);

/// <summary>
/// Where every fact goes, in both outputs of a build: the kinds in the plan's order, each with its
/// facts in id order (colliding members left out), and the <see cref="Stamp"/> of that order. It
/// depends on ids, kinds, links and the schema alone, so a body or value edit leaves it equal.
/// </summary>
/// <param name="Stamp">
/// A hash of the schema and of every kind's ids in order: the generated code is compiled with it,
/// and the records resource carries it, so that the runtime can tell that the two were made
/// from the same content, whichever process made each.
/// </param>
public sealed record Placement(EquatableArray<KindPlacement> Kinds, ContentHash Stamp)
{
    /// <summary>
    /// The places of the facts the link kept: <paramref name="facts"/> in the pipeline's result order
    /// (no id where a result is no fact), placed by kind and id, whatever the order they came in.
    /// </summary>
    public static Placement Place(EmitPlan plan, FactKeys facts, LinkResult link)
    {
        var byKind = new Dictionary<string, List<(string Id, string RelativePath, int Source)>>(StringComparer.Ordinal);
        var keys = facts.Keys.AsSpan();
        for (var source = 0; source < keys.Length; source++)
        {
            if (keys[source] is not { Id: { } id } fact || link.IsDropped(fact.Path))
            {
                continue;
            }

            if (!byKind.TryGetValue(fact.Kind, out var list))
            {
                byKind[fact.Kind] = list = [];
            }

            list.Add((id, fact.RelativePath, source));
        }

        var stamp = new List<string> { "placement", facts.SchemaKey.ToString() };
        var kinds = new KindPlacement[plan.Kinds.Count];
        for (var ordinal = 0; ordinal < kinds.Length; ordinal++)
        {
            var kind = plan.Kinds[ordinal];
            var members = new HashSet<string>(Naming.ObjectMembers, StringComparer.Ordinal) { Naming.AllMember, kind.CollectionName };
            var ofKind = byKind.TryGetValue(kind.Kind.Id, out var found) ? found : [];
            ofKind.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var placed = new List<PlacedFact>(ofKind.Count);
            foreach (var (id, relativePath, source) in ofKind)
            {
                var member = Naming.Pascal(id);
                if (members.Add(member))
                {
                    placed.Add(new PlacedFact(id, member, relativePath, source));
                }
            }

            kinds[ordinal] = new KindPlacement(kind.Kind.Id, placed.ToEquatableArray());
        }

        return new Placement(new EquatableArray<KindPlacement>(kinds), StampOf(facts.SchemaKey, kinds));
    }

    /// <summary>The stamp of the schema and of every kind's ids in order: what ties generated code to its records.</summary>
    public static ContentHash StampOf(ContentHash schemaKey, IReadOnlyList<KindPlacement> kinds)
    {
        var stamp = new List<string> { "placement", schemaKey.ToString() };
        foreach (var kind in kinds)
        {
            stamp.Add(kind.Kind);
            stamp.Add(kind.Facts.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var fact in kind.Facts)
            {
                stamp.Add(fact.Id);
            }
        }

        return ContentHash.Of(stamp.ToArray());
    }

    /// <summary>The generated files' models: each kind's facts cut into chunks of <see cref="EmitContext.ChunkSize"/>.</summary>
    public Layout Layout(EmitContext context)
    {
        var size = context.ChunkSize;
        var chunks = new List<ChunkModel>();
        foreach (var kind in Kinds)
        {
            var count = (kind.Facts.Count + size - 1) / size;
            for (var chunk = 0; chunk < count; chunk++)
            {
                var first = chunk * size;
                var facts = new ChunkFact[Math.Min(size, kind.Facts.Count - first)];
                for (var slot = 0; slot < facts.Length; slot++)
                {
                    var placed = kind.Facts[first + slot];
                    facts[slot] = new ChunkFact(placed.Member, first + slot, placed.Id, placed.RelativePath);
                }

                chunks.Add(new ChunkModel(kind.Kind, chunk, new EquatableArray<ChunkFact>(facts)));
            }
        }

        return new Layout(chunks.ToEquatableArray(), Stamp);
    }
}
