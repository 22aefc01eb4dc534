using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactBase.Cli.Site.Graph;
using FactBase.Cli.Site.Html;
using FactBase.Compiler.Model;
using FactBase.Rendering;

namespace FactBase.Cli.Site.Pages;

/// <summary>What search looks in, for one fact: its other text fields, its body's text and its quotes, whitespace collapsed.</summary>
internal sealed record SearchEntry(
    [property: JsonPropertyName("fields")] string Fields,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("quotes")] IReadOnlyList<string?> Quotes);

/// <summary>The search index: the facts in columns (id, kind, label at one index), and what to look in.</summary>
internal sealed record SearchIndex(
    [property: JsonPropertyName("kinds")] IReadOnlyList<string> Kinds,
    [property: JsonPropertyName("ids")] IReadOnlyList<string> Ids,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("nodeKinds")] IReadOnlyList<int> NodeKinds,
    [property: JsonPropertyName("entries")] IReadOnlyList<SearchEntry> Entries);

/// <summary>
/// The two large files, loaded only by the pages that use them: the whole-base graph and the search
/// index. Each is a script that hands its data to the site's scripts (<c>FactBaseData</c>), since a
/// page opened from <c>file://</c> may load a script beside it but not fetch a JSON file.
/// </summary>
internal static class SiteData
{
    public const string GraphFile = "graph-data.js";
    public const string SearchFile = "search-index.js";

    // The files are scripts, not HTML: non-ASCII text is kept as it is, which halves their size.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SitePage Graph(RelationGraph graph)
    {
        var nodes = Enumerable.Range(0, graph.Ids.Count).ToList();
        var data = GraphData.Of(graph, nodes, graph.Edges, ForceLayout.Lay(graph), [], graph.Ids.Count);
        return Script(GraphFile, "graph", data);
    }

    public static SitePage Search(SiteContext context)
    {
        var site = context.Site;
        var entries = site.Facts.AsParallel().AsOrdered().Select(fact => new SearchEntry(
            MarkdownRenderer.CollapseWhitespace(string.Join(" · ", fact.Fields.Where(f => f.Name is not ("name" or "title")).SelectMany(f => Texts(f.Value)))),
            MarkdownRenderer.CollapseWhitespace(SafeMarkdown.PlainText(fact.Body.Markdown)),
            [.. fact.Sources.Select(c => c.Quote is null ? null : MarkdownRenderer.CollapseWhitespace(c.Quote))])).ToList();
        var index = new SearchIndex(context.Graph.Kinds, context.Graph.Ids, context.Graph.Labels, context.Graph.NodeKinds, entries);
        return Script(SearchFile, "search", index);
    }

    private static IEnumerable<string> Texts(Value value) => value switch
    {
        StringValue s => [s.Text],
        TextValue t => [t.Markdown],
        ListValue list => list.Items.SelectMany(Texts),
        _ => [],
    };

    private static SitePage Script<T>(string path, string name, T data)
    {
        var script = new StringBuilder();
        script.Append("window.FactBaseData = window.FactBaseData || {};\nwindow.FactBaseData.").Append(name).Append(" = ");
        script.Append(JsonSerializer.Serialize(data, Json));
        script.Append(";\n");
        return new SitePage(path, Encoding.UTF8.GetBytes(script.ToString()));
    }
}
