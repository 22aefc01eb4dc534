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
/// everything to everything; the fact and source pages show them instead. Written once, as the
/// whole-base graph's data file, from which every fact page's script draws the graph around it.
/// </summary>
internal sealed class RelationGraph
{
    /// <summary>Labels in a graph are cut to this.</summary>
    private const int GraphLabelLength = 48;

    public RelationGraph(SiteModel site)
    {
        Ids = [.. site.Facts.Select(f => f.Id)];
        Kinds = [.. site.Kinds.Select(k => k.Id)];
        var kindIndex = Kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        NodeKinds = [.. site.Facts.Select(f => kindIndex.GetValueOrDefault(f.Kind))];
        Labels = [.. site.Facts.Select(f => site.Label(f.Id))];
        GraphLabels = [.. Labels.Select(label => LinkTable.Cut(label, GraphLabelLength))];
        var index = Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var edges = new List<GraphEdge>();
        for (var from = 0; from < Ids.Count; from++)
        {
            // Refs gives each (field, id) pair once.
            foreach (var (field, id) in ShowCommand.Refs(site.Facts[from]))
            {
                if (index.TryGetValue(id, out var to) && to != from)
                {
                    edges.Add(new GraphEdge(from, to, field));
                }
            }
        }

        Edges = edges;
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>The labels as a graph shows them, cut to <see cref="GraphLabelLength"/>: a graph names facts, the pages say the rest.</summary>
    public IReadOnlyList<string> GraphLabels { get; }

    /// <summary>The kinds, by id: a node's kind is an index into it.</summary>
    public IReadOnlyList<string> Kinds { get; }

    public IReadOnlyList<int> NodeKinds { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }
}
