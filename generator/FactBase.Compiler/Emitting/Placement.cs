using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;

namespace FactBase.Compiler.Emitting;

/// <summary>A fact's place: its chunk's slot, its C# member and the backlinks its record carries.</summary>
public sealed record PlacedFact(string Path, string Member, EquatableArray<BacklinkModel> Backlinks);

/// <summary>The facts of one chunk, in slot order.</summary>
public sealed record PlacedChunk(string Kind, int Index, EquatableArray<PlacedFact> Facts);

/// <summary>
/// Where every fact goes: the kinds' chunk counts, each chunk's facts (in id order, colliding
/// members left out) and the id table. It depends on ids, kinds and links alone, so the generator
/// computes it in a step of its own that a body or value edit leaves cached; <see cref="Fill"/>
/// then puts the checked facts in their places, which is cheap enough to do on every edit.
/// </summary>
/// <param name="Slots">
/// For the i-th fact given to <see cref="Place"/>, its chunk (high 32 bits) and slot (low 32
/// bits), or -1 where it has no place (dropped, colliding, or no fact): the layout step gets the
/// checked facts in the same order, so it places them by position, without a lookup.
/// </param>
public sealed record Placement(EquatableArray<KindLayout> Kinds, EquatableArray<PlacedChunk> Chunks, EquatableArray<ChunkIds> Ids, EquatableArray<long> Slots)
{
    public bool Equals(Placement? other) =>
        other is not null && (ReferenceEquals(this, other) || (Slots.Equals(other.Slots) && Kinds.Equals(other.Kinds) && Chunks.Equals(other.Chunks) && Ids.Equals(other.Ids)));

    public override int GetHashCode() => Chunks.Count;

    /// <summary>
    /// The places of <paramref name="facts"/>, in the order the layout will get them: (id, kind,
    /// path) each, or null for an entry that is no fact; with their backlinks by id.
    /// </summary>
    public static Placement Place(EmitContext context, IReadOnlyList<(string Id, string Kind, string Path)?> facts, Func<string, EquatableArray<BacklinkModel>> backlinks)
    {
        var byKind = new Dictionary<string, List<(string Id, string Path, int Position)>>(StringComparer.Ordinal);
        for (var position = 0; position < facts.Count; position++)
        {
            if (facts[position] is not var (id, kind, path))
            {
                continue;
            }

            if (!byKind.TryGetValue(kind, out var list))
            {
                byKind[kind] = list = [];
            }

            list.Add((id, path, position));
        }

        var slots = new long[facts.Count];
        slots.AsSpan().Fill(-1);

        var kinds = new List<KindLayout>();
        var chunks = new List<PlacedChunk>();
        var ids = new List<ChunkIds>();
        var size = Math.Max(1, context.ChunkSize);
        for (var ordinal = 0; ordinal < context.Plan.Kinds.Count; ordinal++)
        {
            var kind = context.Plan.Kinds[ordinal];
            var members = new HashSet<string>(Naming.ObjectMembers, StringComparer.Ordinal) { Naming.AllMember, kind.CollectionName };
            var ofKind = byKind.TryGetValue(kind.Kind.Id, out var found) ? found : [];
            ofKind.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var kept = new List<(string Id, PlacedFact Fact)>(ofKind.Count);
            foreach (var (id, path, position) in ofKind)
            {
                var member = Naming.Pascal(id);
                if (members.Add(member))
                {
                    slots[position] = ((long)chunks.Count + (kept.Count / size) << 32) | (uint)(kept.Count % size);
                    kept.Add((id, new PlacedFact(path, member, backlinks(id))));
                }
            }

            var count = (kept.Count + size - 1) / size;
            kinds.Add(new KindLayout(kind.Kind.Id, count));
            for (var i = 0; i < count; i++)
            {
                var slice = kept.GetRange(i * size, Math.Min(size, kept.Count - (i * size)));
                chunks.Add(new PlacedChunk(kind.Kind.Id, i, slice.Select(f => f.Fact).ToEquatableArray()));
                ids.Add(new ChunkIds(ordinal, i, slice.Select(f => f.Id).ToEquatableArray()));
            }
        }

        return new Placement(kinds.ToEquatableArray(), chunks.ToEquatableArray(), ids.ToEquatableArray(), new EquatableArray<long>(slots));
    }

    /// <summary>
    /// The layout: each placed fact's checked model in its slot, <paramref name="facts"/> given in
    /// the order of <see cref="Place"/>'s (null where no fact). Null when they do not match the
    /// placement, which the pipeline's steps rule out.
    /// </summary>
    public Layout? Fill(IReadOnlyList<FactModel?> facts)
    {
        if (facts.Count != Slots.Count)
        {
            return null;
        }

        var models = new FactModel?[Chunks.Count][];
        for (var i = 0; i < Chunks.Count; i++)
        {
            models[i] = new FactModel?[Chunks[i].Facts.Count];
        }

        // A fact that is the very model the last fill put at its position was checked against its
        // slot then: only the others are looked at (an edit's one fact of 10,000, whose objects
        // lie scattered in memory, where comparing two arrays of references costs microseconds).
        var previous = _lastFill;
        var changed = new bool[Chunks.Count];
        var placements = Slots.AsSpan();
        for (var position = 0; position < placements.Length; position++)
        {
            if (placements[position] < 0)
            {
                continue;
            }

            var (chunk, slot) = ((int)(placements[position] >> 32), (int)(placements[position] & uint.MaxValue));
            var fact = facts[position];
            if (fact is null || previous is null || !ReferenceEquals(fact, previous.Facts[position]))
            {
                if (fact is null || !string.Equals(fact.Path, Chunks[chunk].Facts[slot].Path, StringComparison.Ordinal))
                {
                    return null;
                }

                changed[chunk] = true;
            }

            models[chunk][slot] = fact;
        }

        // A chunk whose facts are the very models of the last fill is that chunk again: the same
        // object, so that Roslyn's comparison and the emit cache see it unchanged at no cost.
        var chunks = new ChunkModel[Chunks.Count];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = previous is not null && !changed[i] ? previous.Chunks[i] : NewChunk(Chunks[i], models[i]!);
        }

        _lastFill = new LastFill(facts, chunks);
        return new Layout(Kinds, new EquatableArray<ChunkModel>(chunks), Ids);
    }

    private LastFill? _lastFill;

    /// <summary>The facts a fill was given, by position, and the chunks it made of them.</summary>
    private sealed class LastFill(IReadOnlyList<FactModel?> facts, ChunkModel[] chunks)
    {
        public IReadOnlyList<FactModel?> Facts { get; } = facts;

        public ChunkModel[] Chunks { get; } = chunks;
    }

    private static ChunkModel NewChunk(PlacedChunk placed, FactModel[] models)
    {
        var facts = new ChunkFact[models.Length];
        for (var slot = 0; slot < facts.Length; slot++)
        {
            facts[slot] = new ChunkFact(models[slot], placed.Facts[slot].Member, placed.Facts[slot].Backlinks);
        }

        return new ChunkModel(placed.Kind, placed.Index, new EquatableArray<ChunkFact>(facts));
    }
}
