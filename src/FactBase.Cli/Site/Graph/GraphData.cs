using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace FactBase.Cli.Site.Graph;

/// <summary>
/// A graph as the page's script reads it, in columns (a fact's id, label, kind and place at the same
/// index) so that 10,000 facts stay a compact file: <see cref="Edges"/> holds three numbers an edge,
/// from, to and the index of its field in <see cref="Fields"/>. <see cref="Depth"/> is each node's
/// distance from the fact a neighbourhood is drawn around (empty for the whole base).
/// </summary>
internal sealed record GraphData(
    [property: JsonPropertyName("kinds")] IReadOnlyList<string> Kinds,
    [property: JsonPropertyName("ids")] IReadOnlyList<string> Ids,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("nodeKinds")] IReadOnlyList<int> NodeKinds,
    [property: JsonPropertyName("x")] IReadOnlyList<float> X,
    [property: JsonPropertyName("y")] IReadOnlyList<float> Y,
    [property: JsonPropertyName("depth")] IReadOnlyList<int> Depth,
    [property: JsonPropertyName("fields")] IReadOnlyList<string> Fields,
    [property: JsonPropertyName("edges")] IReadOnlyList<int> Edges,
    [property: JsonPropertyName("total")] int Total)
{
    /// <summary>The nodes (indexes into <paramref name="graph"/>) with their places, and the edges between them.</summary>
    public static GraphData Of(RelationGraph graph, IReadOnlyList<int> nodes, IEnumerable<GraphEdge> edgesAmong, IReadOnlyList<(float X, float Y)> places, IReadOnlyList<int> depth, int total)
    {
        var position = new Dictionary<int, int>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            position[nodes[i]] = i;
        }

        var fields = new List<string>();
        var fieldIndex = new Dictionary<string, int>();
        var edges = new List<int>();
        foreach (var edge in edgesAmong)
        {
            if (position.TryGetValue(edge.From, out var from) && position.TryGetValue(edge.To, out var to))
            {
                if (!fieldIndex.TryGetValue(edge.Field, out var field))
                {
                    fieldIndex[edge.Field] = field = fields.Count;
                    fields.Add(edge.Field);
                }

                edges.Add(from);
                edges.Add(to);
                edges.Add(field);
            }
        }

        return new GraphData(
            graph.Kinds,
            [.. nodes.Select(n => graph.Ids[n])],
            [.. nodes.Select(n => graph.Labels[n])],
            [.. nodes.Select(n => graph.NodeKinds[n])],
            [.. places.Select(p => p.X)],
            [.. places.Select(p => p.Y)],
            depth,
            fields,
            edges,
            total);
    }
}
