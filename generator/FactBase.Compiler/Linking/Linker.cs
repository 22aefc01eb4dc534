using System;
using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Linking;

/// <summary>The backlinks of one fact, in the order of the facts (by id) and fields that hold them.</summary>
public sealed record BacklinkSet(string TargetId, EquatableArray<BacklinkModel> Backlinks);

/// <summary>
/// The link step's result: the files whose fact was dropped (a duplicated id, in a file that does not keep it),
/// the backlinks of every fact that has some (sorted by id), and the problems found across facts.
/// </summary>
public sealed record LinkResult(EquatableArray<string> Dropped, EquatableArray<BacklinkSet> Backlinks, EquatableArray<Diagnostic> Diagnostics)
{
    private Dictionary<string, EquatableArray<BacklinkModel>>? _backlinksById;
    private HashSet<string>? _dropped;

    public static LinkResult Empty { get; } = new(EquatableArray<string>.Empty, EquatableArray<BacklinkSet>.Empty, EquatableArray<Diagnostic>.Empty);

    /// <summary>The backlinks by target id, built once per result: a cached link result serves every later layout.</summary>
    public IReadOnlyDictionary<string, EquatableArray<BacklinkModel>> BacklinksById => _backlinksById ??= BuildBacklinks();

    /// <summary>The paths of the dropped files, as a set, built once per result.</summary>
    public IReadOnlyCollection<string> DroppedPaths => _dropped ??= new HashSet<string>(Dropped, StringComparer.Ordinal);

    public bool IsDropped(string path) => !Dropped.IsEmpty && ((HashSet<string>)DroppedPaths).Contains(path);

    public bool Equals(LinkResult? other) =>
        other is not null && (ReferenceEquals(this, other) || (Dropped.Equals(other.Dropped) && Backlinks.Equals(other.Backlinks) && Diagnostics.Equals(other.Diagnostics)));

    public override int GetHashCode() => Backlinks.Count;

    private Dictionary<string, EquatableArray<BacklinkModel>> BuildBacklinks()
    {
        var byId = new Dictionary<string, EquatableArray<BacklinkModel>>(Backlinks.Count, StringComparer.Ordinal);
        foreach (var set in Backlinks)
        {
            byId[set.TargetId] = set.Backlinks;
        }

        return byId;
    }
}

/// <summary>
/// The link step: ids unique, facts' C# names distinct, every ref and citation resolved,
/// backlinks computed. It reads fact summaries (ids, kinds, refs) alone, so it is cheap and
/// an edit that leaves every summary equal never reruns it.
/// </summary>
public static class Linker
{
    /// <summary>Links the facts of <paramref name="files"/>; never throws (a failure is FB0900, and no fact is linked).</summary>
    public static LinkResult Link(IEnumerable<LinkEntry> files, SchemaModel schemaModel)
    {
        var entries = new List<LinkEntry>(files);
        try
        {
            return LinkUnguarded(entries, schemaModel);
        }
        catch (Exception e) when (InternalErrors.IsReportable(e))
        {
            var path = entries.Find(f => f.Fact is not null)?.Fact!.Path ?? string.Empty;
            return LinkResult.Empty with { Diagnostics = new[] { InternalErrors.At(path, e) }.ToEquatableArray() };
        }
    }

    private static LinkResult LinkUnguarded(List<LinkEntry> entries, SchemaModel schemaModel)
    {
        var schema = schemaModel.Schema;
        var diagnostics = new List<Diagnostic>();

        // Files that yielded no fact or kind: refs to the ids their names give follow from their own errors.
        var casualties = Casualties.Of(schemaModel.CasualtyFiles);
        var facts = new List<FactSummary>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.Fact is { } fact)
            {
                facts.Add(fact);
            }
            else if (entry.Casualty is { } path)
            {
                casualties.AddFile(path);
            }
        }

        // Sorted by id, so that the files giving one id stand together: the one IdClaims prefers keeps
        // it; the others are reported (in the order of their claims) and dropped.
        var byIdOrder = SortedBy(facts, fact => fact.Id);
        var kept = new List<FactSummary>(byIdOrder.Length);
        var losers = new List<(FactSummary Loser, FactSummary Keeper)>();
        for (var start = 0; start < byIdOrder.Length;)
        {
            var end = start + 1;
            while (end < byIdOrder.Length && string.Equals(byIdOrder[end].Id, byIdOrder[start].Id, StringComparison.Ordinal))
            {
                end++;
            }

            var keeper = byIdOrder[start];
            for (var i = start + 1; i < end; i++)
            {
                keeper = IdClaims.Compare(byIdOrder[i].IdClaim, keeper.IdClaim) < 0 ? byIdOrder[i] : keeper;
            }

            kept.Add(keeper);
            for (var i = start; i < end; i++)
            {
                if (!ReferenceEquals(byIdOrder[i], keeper))
                {
                    losers.Add((byIdOrder[i], keeper));
                }
            }

            start = end;
        }

        var dropped = new List<string>(losers.Count);
        if (losers.Count > 0)
        {
            var ids = new HashSet<string>(facts.ConvertAll(f => f.Id), StringComparer.Ordinal); // every id given, for a fix that names a free one
            losers.Sort((a, b) => IdClaims.Compare(a.Loser.IdClaim, b.Loser.IdClaim));
            foreach (var (loser, keeper) in losers)
            {
                diagnostics.Add(IdClaims.Report(loser.IdClaim, keeper.IdClaim, "fact", ids.Contains));
                dropped.Add(loser.Path);
            }
        }

        dropped.Sort(StringComparer.Ordinal);
        new NameChecker(schema, diagnostics).CheckFacts(kept);

        var sorted = new Dictionary<string, FactSummary>(kept.Count, StringComparer.Ordinal);
        foreach (var fact in kept)
        {
            sorted.Add(fact.Id, fact);
        }

        var resolver = new RefResolver(schema, sorted, casualties, diagnostics);
        foreach (var fact in kept)
        {
            resolver.Resolve(fact);
        }

        var backlinks = new List<BacklinkSet>();
        foreach (var entry in resolver.AllBacklinks)
        {
            backlinks.Add(new BacklinkSet(entry.Key, entry.Value.ToEquatableArray()));
        }

        var sortedBacklinks = SortedBy(backlinks, set => set.TargetId);
        return new LinkResult(dropped.ToEquatableArray(), new EquatableArray<BacklinkSet>(sortedBacklinks), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The items in the ordinal order of their keys, items of one key in any order. Sorted by the keys
    /// alone, held beside them: at scale, a comparison that reaches into each item would wait on memory
    /// for most of the sort.
    /// </summary>
    private static T[] SortedBy<T>(List<T> items, Func<T, string> key)
    {
        var keys = new string[items.Count];
        var sorted = items.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = key(sorted[i]);
        }

        Array.Sort(keys, sorted, StringComparer.Ordinal);
        return sorted;
    }
}
