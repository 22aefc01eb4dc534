using System.Collections.Generic;
using System.Text.Json;

namespace FactBase.Cli.Site.Graph;

/// <summary>
/// The whole-base graph as the pages' script reads it, in columns (a fact's id, label, kind and place
/// at the same index) so that 10,000 facts stay a compact file: <c>edges</c> holds three numbers an
/// edge, from, to and the index of its field in <c>fields</c>. The fact pages draw their
/// neighbourhood from it too (graph.js), so the nodes are in the order of the facts, as
/// <see cref="RelationGraph"/> numbers them.
/// </summary>
internal static class GraphData
{
    public static void Write(Utf8JsonWriter json, RelationGraph graph, IReadOnlyList<(float X, float Y)> places)
    {
        var fields = new List<string>();
        var fieldIndex = new Dictionary<string, int>();
        json.WriteStartObject();
        Strings(json, "kinds", graph.Kinds);
        Strings(json, "ids", graph.Ids);
        Strings(json, "labels", graph.GraphLabels);
        Numbers(json, "nodeKinds", graph.NodeKinds);
        json.WriteStartArray("x");
        foreach (var (x, _) in places)
        {
            json.WriteNumberValue(x);
        }

        json.WriteEndArray();
        json.WriteStartArray("y");
        foreach (var (_, y) in places)
        {
            json.WriteNumberValue(y);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            if (!fieldIndex.TryGetValue(edge.Field, out var field))
            {
                fieldIndex[edge.Field] = field = fields.Count;
                fields.Add(edge.Field);
            }

            json.WriteNumberValue(edge.From);
            json.WriteNumberValue(edge.To);
            json.WriteNumberValue(field);
        }

        json.WriteEndArray();
        Strings(json, "fields", fields);
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
}
