using System;
using System.Collections.Generic;
using System.Linq;

namespace FactBase.Cli.Site.Graph;

/// <summary>
/// The graph around one fact, as its page draws it: the fact in the middle, the facts its fields
/// name or that name it on a ring around it (depth 1), and theirs on an outer ring, each near the
/// fact that leads to it (depth 2). A hub's neighbourhood is cut at <see cref="MaxNodes"/> facts,
/// nearest first, and says so; the whole-base graph shows them all. Walking stops at the cut, so
/// a fact next to a hub costs no more than any other.
/// </summary>
internal static class Neighbourhood
{
    public const int MaxNodes = 50;

    public static GraphData Around(RelationGraph graph, string id)
    {
        var center = graph.IndexOf(id);
        var nodes = new List<int> { center };
        var depth = new List<int> { 0 };
        var included = new HashSet<int> { center };
        var ring1 = new List<int>();
        var cut = false;
        foreach (var neighbour in graph.Neighbours(center))
        {
            if (nodes.Count == MaxNodes)
            {
                cut = true;
                break;
            }

            included.Add(neighbour);
            ring1.Add(neighbour);
            nodes.Add(neighbour);
            depth.Add(1);
        }

        // Each fact of the inner ring gets a sector as wide as the facts it leads to, and those sit in it.
        var children = ring1.ToDictionary(n => n, _ => new List<int>());
        foreach (var parent in ring1)
        {
            foreach (var next in graph.Neighbours(parent))
            {
                if (included.Contains(next))
                {
                    continue;
                }

                if (nodes.Count == MaxNodes)
                {
                    cut = true;
                    break;
                }

                included.Add(next);
                children[parent].Add(next);
                nodes.Add(next);
                depth.Add(2);
            }
        }

        var places = new (float X, float Y)[nodes.Count];
        var total = ring1.Sum(n => Math.Max(1, children[n].Count));
        var start = -MathF.PI / 2;
        var outer = ring1.Count > 12 ? 2.6f : 2f;
        foreach (var parent in ring1)
        {
            var width = 2 * MathF.PI * Math.Max(1, children[parent].Count) / total;
            places[nodes.IndexOf(parent)] = At(1f, start + (width / 2));
            var kids = children[parent];
            for (var k = 0; k < kids.Count; k++)
            {
                places[nodes.IndexOf(kids[k])] = At(outer, start + (width * (k + 0.5f) / kids.Count));
            }

            start += width;
        }

        return GraphData.Of(graph, nodes, graph.EdgesAmong(included), places, depth, cut);
    }

    private static (float X, float Y) At(float radius, float angle) =>
        (MathF.Round(radius * MathF.Cos(angle), 3), MathF.Round(radius * MathF.Sin(angle), 3));
}
