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
        // Sized for the cut up front: this runs once a fact page, and each list grown is garbage.
        var center = graph.IndexOf(id);
        var nodes = new List<int>(MaxNodes) { center };
        var depth = new List<int>(MaxNodes) { 0 };
        var included = new HashSet<int>(MaxNodes) { center };
        var ring1 = new List<int>(Math.Min(MaxNodes, graph.Neighbours(center).Count));
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

        // Each fact of the inner ring gets a sector as wide as the facts it leads to, and those sit in it:
        // the facts a ring-1 fact leads to are nodes[firstChild[k]..firstChild[k + 1]].
        var firstChild = new int[ring1.Count + 1];
        for (var k = 0; k < ring1.Count; k++)
        {
            firstChild[k] = nodes.Count;
            foreach (var next in graph.Neighbours(ring1[k]))
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
                nodes.Add(next);
                depth.Add(2);
            }
        }

        firstChild[ring1.Count] = nodes.Count;
        var places = new (float X, float Y)[nodes.Count];
        var total = 0;
        for (var k = 0; k < ring1.Count; k++)
        {
            total += Math.Max(1, firstChild[k + 1] - firstChild[k]);
        }

        var start = -MathF.PI / 2;
        var outer = ring1.Count > 12 ? 2.6f : 2f;
        for (var k = 0; k < ring1.Count; k++)
        {
            var kids = firstChild[k + 1] - firstChild[k];
            var width = 2 * MathF.PI * Math.Max(1, kids) / total;
            places[k + 1] = At(1f, start + (width / 2));
            for (var c = 0; c < kids; c++)
            {
                places[firstChild[k] + c] = At(outer, start + (width * (c + 0.5f) / kids));
            }

            start += width;
        }

        return GraphData.Of(graph, nodes, graph.EdgesAmong(included), places, depth, cut);
    }

    private static (float X, float Y) At(float radius, float angle) =>
        (MathF.Round(radius * MathF.Cos(angle), 3), MathF.Round(radius * MathF.Sin(angle), 3));
}
