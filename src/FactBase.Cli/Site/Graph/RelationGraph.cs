using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Cli.Rendering;
using FactBase.Cli.Site.Model;

namespace FactBase.Cli.Site.Graph;

/// <summary>A typed edge: a fact's field names another fact.</summary>
internal readonly record struct GraphEdge(int From, int To, string Field);

/// <summary>
/// The facts as a graph: a node a fact, an edge for each ref a field holds (typed by the field).
/// Citations are not edges: every fact cites its source, and a graph through the source would link
/// everything to everything; the fact and source pages show them instead. Built once, read by every
/// page's neighbourhood, so each node's edges and neighbours are kept as arrays.
/// </summary>
internal sealed class RelationGraph
{
    /// <summary>Labels in a graph are cut to this.</summary>
    private const int GraphLabelLength = 48;

    private readonly Dictionary<string, int> _index;
    private readonly int[][] _outgoing;
    private readonly int[][] _neighbours;

    public RelationGraph(SiteModel site)
    {
        Ids = [.. site.Facts.Select(f => f.Id)];
        Kinds = [.. site.Kinds.Select(k => k.Id)];
        var kindIndex = Kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        NodeKinds = [.. site.Facts.Select(f => kindIndex.GetValueOrDefault(f.Kind))];
        Labels = [.. site.Facts.Select(f => site.Label(f.Id))];
        GraphLabels = [.. Labels.Select(label => LinkTable.Cut(label, GraphLabelLength))];
        _index = Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var edges = new List<GraphEdge>();
        var outgoing = new List<int>[Ids.Count];
        var neighbours = new HashSet<int>[Ids.Count];
        for (var node = 0; node < Ids.Count; node++)
        {
            (outgoing[node], neighbours[node]) = ([], []);
        }

        for (var from = 0; from < Ids.Count; from++)
        {
            // Refs gives each (field, id) pair once.
            foreach (var (field, id) in ShowCommand.Refs(site.Facts[from]))
            {
                if (_index.TryGetValue(id, out var to) && to != from)
                {
                    outgoing[from].Add(edges.Count);
                    edges.Add(new GraphEdge(from, to, field));
                    neighbours[from].Add(to);
                    neighbours[to].Add(from);
                }
            }
        }

        Edges = edges;
        _outgoing = [.. outgoing.Select(list => list.ToArray())];
        _neighbours = [.. neighbours.Select(set => set.Order().ToArray())];
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>The labels as a graph shows them, cut to <see cref="GraphLabelLength"/>: a graph names facts, the pages say the rest.</summary>
    public IReadOnlyList<string> GraphLabels { get; }

    /// <summary>The kinds, by id: a node's kind is an index into it.</summary>
    public IReadOnlyList<string> Kinds { get; }

    public IReadOnlyList<int> NodeKinds { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    public int IndexOf(string id) => _index[id];

    /// <summary>The facts linked to a node either way, each once, in the order of the facts.</summary>
    public IReadOnlyList<int> Neighbours(int node) => _neighbours[node];

    /// <summary>The edges between the given nodes, each once, in the graph's order.</summary>
    public IEnumerable<GraphEdge> EdgesAmong(IReadOnlySet<int> nodes)
    {
        var found = new List<int>(2 * nodes.Count);
        foreach (var node in nodes)
        {
            foreach (var edge in _outgoing[node])
            {
                if (nodes.Contains(Edges[edge].To))
                {
                    found.Add(edge);
                }
            }
        }

        found.Sort();
        return found.Select(e => Edges[e]);
    }
}
