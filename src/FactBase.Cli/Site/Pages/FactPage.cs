using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Site.Html;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// A fact: its kind and id, its body, every field as FactBase reads it, each citation with its
/// quote, status, note and who states it, the facts that name it grouped by field, and the graph
/// around it (drawn by script; the lists above say the same without it).
/// </summary>
internal static class FactPage
{
    /// <summary>The fact's page, and its body's text (what search looks in), taken from the parse that renders it.</summary>
    public static SitePage Write(FactModel fact, SiteContext context, out string text)
    {
        text = string.Empty;
        var site = context.Site;
        var page = new PageInfo(SitePaths.Fact(fact.Id), site.Label(fact.Id), PageScripts.Graph);
        var html = Layout.Begin(page, context.Shells, "fact-page");
        html.Open("article", ("class", "fact"), ("data-id", fact.Id));
        html.Open("header", ("class", "page-head"));
        html.Open("p", ("class", "eyebrow"));
        context.Links.Kind(html, fact.Kind, page);
        html.Text(" ").Element("code", fact.Id, ("class", "id"));
        html.Close("p");
        html.Element("h1", page.Title);
        html.Element("p", fact.RelativePath, ("class", "path"));
        if (site.IsSource(fact.Id))
        {
            html.Open("p", ("class", "lead-link"));
            html.Link(page.Href(SitePaths.Source(fact.Id)), $"Read it annotated with the {LoadedContent.Plural(site.CitationsOf(fact.Id).Count, "citation")} that quote it");
            html.Close("p");
        }

        html.Close("header");

        if (fact.Body.Length > 0 && fact.Body.Markdown is var markdown && !string.IsNullOrWhiteSpace(markdown))
        {
            html.Open("section", ("class", "body"), ("aria-label", "Text"));
            text = html.MarkdownWithText(markdown);
            html.Close("section");
        }

        Fields(html, fact, page, context);
        Sources(html, fact, page, context);
        Backlinks(html, fact, page, context);
        GraphSection(html, fact, page, context);
        html.Close("article");
        return Layout.End(html, page, context.Shells);
    }

    private static void Fields(HtmlWriter html, FactModel fact, PageInfo page, SiteContext context)
    {
        html.Open("section", ("aria-labelledby", "fields"));
        html.Element("h2", "Fields", ("id", "fields"));
        if (fact.Fields.Count == 0)
        {
            html.Element("p", "This fact gives no fields.", ("class", "muted"));
        }
        else
        {
            var definitions = context.Site.Schema.Find(fact.Kind) is null ? [] : context.Site.Schema.AllFields(fact.Kind);
            html.Open("dl", ("class", "fields"));
            foreach (var field in fact.Fields)
            {
                var definition = definitions.FirstOrDefault(d => d.Name == field.Name);
                html.Open("div", ("class", "field"));
                html.Open("dt");
                html.Text(field.Name);
                if (definition is not null)
                {
                    html.Text(" ").Element("span", definition.Display, ("class", "type"));
                }

                html.Close("dt");
                html.Open("dd");
                ValueHtml.Write(html, field.Value, new FieldContext(context, page, fact, field.Name));
                if (definition?.Doc is { } doc)
                {
                    html.Element("span", doc, ("class", "doc"));
                }

                html.Close("dd");
                html.Close("div");
            }

            html.Close("dl");
        }

        html.Close("section");
    }

    private static void Sources(HtmlWriter html, FactModel fact, PageInfo page, SiteContext context)
    {
        html.Open("section", ("aria-labelledby", "sources"));
        html.Open("h2", ("id", "sources")).Text("Sources ").Element("span", $"({fact.Sources.Count})", ("class", "count")).Close("h2");
        if (fact.Sources.Count == 0)
        {
            html.Element("p", "This fact cites no source.", ("class", "muted"));
        }
        else
        {
            html.Open("ol", ("class", "citations"));
            for (var i = 0; i < fact.Sources.Count; i++)
            {
                var (citation, index) = (fact.Sources[i], i);
                html.Open("li", ("id", $"citation-{i + 1}"), ("class", "citation"));
                CitationHtml.Write(html, citation, page, context, head =>
                {
                    if (context.Site.Find(citation.Source.Id) is null)
                    {
                        ValueHtml.Ref(head, citation.Source.Id, page, context);
                    }
                    else
                    {
                        head.Link(page.Href($"{SitePaths.Source(citation.Source.Id)}#{CitationHtml.Anchor(fact.Id, index)}"), context.Site.Label(citation.Source.Id), "citation-source");
                    }
                });
                html.Close("li");
            }

            html.Close("ol");
        }

        html.Close("section");
    }

    private static void Backlinks(HtmlWriter html, FactModel fact, PageInfo page, SiteContext context)
    {
        var groups = context.Site.BacklinksOf(fact.Id);
        html.Open("section", ("aria-labelledby", "backlinks"));
        html.Open("h2", ("id", "backlinks")).Text("Referred to by ").Element("span", $"({context.Site.BacklinkCount(fact.Id)})", ("class", "count")).Close("h2");
        if (groups.Count == 0)
        {
            html.Element("p", "No fact names this one.", ("class", "muted"));
        }

        foreach (var group in groups)
        {
            html.Open("section", ("class", "backlink-group"));
            html.Open("h3").Text(GroupTitle(group.Field)).Text(" ").Element("span", $"({group.Links.Count})", ("class", "count")).Close("h3");
            html.Open("ul", ("class", "fact-list"));
            foreach (var link in group.Links)
            {
                html.Open("li");
                context.Links.Fact(html, link.From.Id, page);
                html.Text(" ");
                context.Links.Kind(html, link.From.Kind, page);
                html.Close("li");
            }

            html.Close("ul");
            html.Close("section");
        }

        html.Close("section");
    }

    /// <summary>A field that names the fact, or, for citations, what citing it means.</summary>
    private static string GroupTitle(string field) => field switch
    {
        "sources" => "cited as a source (sources)",
        "sources.by" => "cited as who states a claim (sources.by)",
        _ => field,
    };

    /// <summary>
    /// The graph around the fact is drawn from the whole-base graph's data file, which the script loads
    /// when it draws: the page holds no graph data of its own, so 10,000 pages do not repeat in their
    /// bytes what one file holds. The script finds the neighbourhood, and says when it is cut.
    /// </summary>
    private static void GraphSection(HtmlWriter html, FactModel fact, PageInfo page, SiteContext context)
    {
        html.Open("section", ("aria-labelledby", "graph"), ("class", "graph-section"));
        html.Element("h2", "Graph", ("id", "graph"));
        html.Element("p", "The facts linked to this one, and the facts linked to those. Select a fact to open it.", ("class", "muted graph-note"));
        html.Open("div", ("class", "graph-view local"), ("data-graph-src", page.Href(SiteData.GraphFile)), ("data-id", fact.Id), ("role", "img"),
            ("aria-label", $"Relation graph around {context.Site.Label(fact.Id)}"));
        html.Element("p", "The graph is drawn by script. The fields and the list of facts that refer to this one say the same.", ("class", "graph-fallback"));
        html.Close("div");
        html.Close("section");
    }
}
