using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace FactBase.Cli.Site.Graph;

/// <summary>
/// A graph as the page's script reads it, in columns (a fact's id, label, kind and place at the same
/// index) so that 10,000 facts stay a compact file: <see cref="Edges"/> holds three numbers an edge,
/// from, to and the index of its field in <see cref="Fields"/>. <see cref="Depth"/> is each node's
/// distance from the fact a neighbourhood is drawn around (empty for the whole base); <see cref="Cut"/>
/// says that a neighbourhood had more facts than it holds.
/// </summary>
internal sealed record GraphData(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Labels,
    IReadOnlyList<int> NodeKinds,
    IReadOnlyList<float> X,
    IReadOnlyList<float> Y,
    IReadOnlyList<int> Depth,
    IReadOnlyList<string> Fields,
    IReadOnlyList<int> Edges,
    bool Cut)
{
    /// <summary>The graph as the script reads it: an object of arrays, the names as above in camel case.</summary>
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        if (Depth.Count == 0)
        {
            // The whole graph names its kinds for the legend; a neighbourhood, on a fact's page, needs only their colours.
            Strings(json, "kinds", Kinds);
        }

        Strings(json, "ids", Ids);
        Strings(json, "labels", Labels);
        Numbers(json, "nodeKinds", NodeKinds);
        json.WriteStartArray("x");
        foreach (var x in X)
        {
            json.WriteNumberValue(x);
        }

        json.WriteEndArray();
        json.WriteStartArray("y");
        foreach (var y in Y)
        {
            json.WriteNumberValue(y);
        }

        json.WriteEndArray();
        Numbers(json, "depth", Depth);
        Strings(json, "fields", Fields);
        Numbers(json, "edges", Edges);
        json.WriteBoolean("cut", Cut);
        json.WriteEndObject();
    }

    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void Numbers(Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The nodes (indexes into <paramref name="graph"/>) with their places, and the edges between them.</summary>
    public static GraphData Of(RelationGraph graph, IReadOnlyList<int> nodes, IEnumerable<GraphEdge> edgesAmong, IReadOnlyList<(float X, float Y)> places, IReadOnlyList<int> depth, bool cut)
    {
        var position = new Dictionary<int, int>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            position[nodes[i]] = i;
        }

        var fields = new List<string>();
        var fieldIndex = new Dictionary<string, int>();
        var edges = new List<int>(3 * nodes.Count);
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

        var (ids, labels, kinds, x, y) = (new string[nodes.Count], new string[nodes.Count], new int[nodes.Count], new float[places.Count], new float[places.Count]);
        for (var i = 0; i < nodes.Count; i++)
        {
            (ids[i], labels[i], kinds[i]) = (graph.Ids[nodes[i]], graph.GraphLabels[nodes[i]], graph.NodeKinds[nodes[i]]);
        }

        for (var i = 0; i < places.Count; i++)
        {
            (x[i], y[i]) = places[i];
        }

        return new GraphData(graph.Kinds, ids, labels, kinds, x, y, depth, fields, edges, cut);
    }
}
