using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Cli.Site.Model;

namespace FactBase.Cli.Site.Graph;

/// <summary>A typed edge: a fact's field names another fact.</summary>
internal readonly record struct GraphEdge(int From, int To, string Field);

/// <summary>
/// The facts as a graph: a node a fact, an edge for each ref a field holds (typed by the field).
/// Citations are not edges: every fact cites its source, and a graph through the source would link
/// everything to everything; the fact and source pages show them instead.
/// </summary>
internal sealed class RelationGraph
{
    private readonly Dictionary<string, int> _index;
    private readonly List<int>[] _incident;

    public RelationGraph(SiteModel site)
    {
        Ids = [.. site.Facts.Select(f => f.Id)];
        Kinds = [.. site.Kinds.Select(k => k.Id)];
        var kindIndex = Kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        NodeKinds = [.. site.Facts.Select(f => kindIndex.GetValueOrDefault(f.Kind))];
        Labels = [.. site.Facts.Select(f => site.Label(f.Id))];
        _index = Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        _incident = [.. Ids.Select(_ => new List<int>())];
        var edges = new List<GraphEdge>();
        var seen = new HashSet<(int, int, string)>();
        for (var from = 0; from < Ids.Count; from++)
        {
            foreach (var (field, id) in ShowCommand.Refs(site.Facts[from]))
            {
                if (_index.TryGetValue(id, out var to) && to != from && seen.Add((from, to, field)))
                {
                    _incident[from].Add(edges.Count);
                    _incident[to].Add(edges.Count);
                    edges.Add(new GraphEdge(from, to, field));
                }
            }
        }

        Edges = edges;
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>The kinds, by id: a node's kind is an index into it.</summary>
    public IReadOnlyList<string> Kinds { get; }

    public IReadOnlyList<int> NodeKinds { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    public int IndexOf(string id) => _index[id];

    /// <summary>The facts linked to a node either way, each once, in the order of its edges.</summary>
    public IEnumerable<int> Neighbours(int node) =>
        _incident[node].Select(e => Edges[e].From == node ? Edges[e].To : Edges[e].From).Distinct();

    public int Degree(int node) => _incident[node].Count;

    /// <summary>The edges between the given nodes, each once, in the graph's order.</summary>
    public IEnumerable<GraphEdge> EdgesAmong(IReadOnlySet<int> nodes) =>
        nodes.SelectMany(n => _incident[n]).Distinct().Order()
            .Select(e => Edges[e]).Where(e => nodes.Contains(e.From) && nodes.Contains(e.To));
}
