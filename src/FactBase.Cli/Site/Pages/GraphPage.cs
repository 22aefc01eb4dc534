using FactBase.Cli.Loading;
using FactBase.Cli.Site.Html;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// The whole base as one graph. Its data (<see cref="SiteData.GraphFile"/>) is a file of its own,
/// loaded when the page opens, so no other page carries it; the facts are placed beforehand
/// (<see cref="Graph.ForceLayout"/>), and the browser only draws them, with a library made for
/// graphs of this size.
/// </summary>
internal static class GraphPage
{
    public static SitePage Write(SiteContext context)
    {
        var page = new PageInfo(SitePaths.Graph, "Graph", PageScripts.Graph);
        var html = Layout.Begin(page, context.Shells, "graph-page");
        html.Open("header", ("class", "page-head"));
        html.Element("h1", "Graph");
        html.Element("p", $"Every fact, linked by the refs its fields hold: {LoadedContent.Plural(context.Graph.Ids.Count, "fact")}, " +
            $"{LoadedContent.Plural(context.Graph.Edges.Count, "link")}. Colours are kinds. Scroll or pinch to zoom, drag to move, select a fact to open its page.", ("class", "lead"));
        html.Close("header");
        html.Open("div", ("class", "graph-tools"));
        html.Element("label", "Find a fact", ("for", "graph-find"));
        html.Void("input", ("id", "graph-find"), ("type", "search"), ("autocomplete", "off"), ("placeholder", "an id or a name"), ("aria-describedby", "graph-find-status"));
        html.Element("span", string.Empty, ("id", "graph-find-status"), ("role", "status"), ("aria-live", "polite"));
        html.Close("div");
        html.Open("div", ("class", "graph-view whole"), ("data-graph-src", page.Href(SiteData.GraphFile)), ("role", "img"),
            ("aria-label", $"Relation graph of all {LoadedContent.Plural(context.Graph.Ids.Count, "fact")}"));
        html.Element("p", "The graph is drawn by script. Without it, the kinds on the home page list every fact, and each fact's page lists its links.", ("class", "graph-fallback"));
        html.Close("div");
        html.Open("ul", ("class", "graph-legend"), ("aria-label", "Kinds"));
        foreach (var kind in context.Site.Kinds)
        {
            html.Open("li");
            context.Links.Kind(html, kind.Id, page);
            html.Close("li");
        }

        html.Close("ul");
        return Layout.End(html, page, context.Shells);
    }
}
