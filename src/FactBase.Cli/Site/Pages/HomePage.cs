using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Rendering;
using FactBase.Cli.Site.Html;
using FactBase.Cli.Site.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// The home page: the kinds as the tree their <c>extends</c> make, each with its count; the sources,
/// most quoted first; and the dated facts (a list when there are few, the years when there are many).
/// A long list of sources gets a page of its own.
/// </summary>
internal static class HomePage
{
    private const int ListLimit = 40;
    private const string AllSources = "sources/index.html";

    public static IEnumerable<SitePage> Write(SiteContext context)
    {
        var site = context.Site;
        var page = new PageInfo(SitePaths.Home, context.Options.Title);
        var html = Layout.Begin(page, context.Shells, "home-page");
        html.Open("header", ("class", "page-head"));
        html.Element("h1", context.Options.Title);
        var quoted = site.Sources.Sum(s => site.CitationsOf(s.Id).Count);
        html.Element("p", $"{LoadedContent.Plural(site.Facts.Count, "fact")} of {LoadedContent.Plural(site.Kinds.Count, "kind")}, " +
            $"resting on {LoadedContent.Plural(site.Sources.Count, "source")} through {LoadedContent.Plural(quoted, "citation")}; " +
            $"{LoadedContent.Plural(site.Timeline.Count, "date")} on the timeline.", ("class", "lead"));
        html.Close("header");

        html.Open("div", ("class", "home-grid"));
        html.Open("section", ("aria-labelledby", "kinds"), ("class", "card"));
        html.Element("h2", "Kinds", ("id", "kinds"));
        KindTree(html, site.Kinds.Where(k => k.Extends is null || site.Schema.Find(k.Extends) is null), page, context);
        html.Close("section");

        html.Open("section", ("aria-labelledby", "sources"), ("class", "card"));
        html.Element("h2", "Sources", ("id", "sources"));
        var sources = site.Sources.OrderByDescending(s => site.CitationsOf(s.Id).Count).ThenBy(s => s.Id, System.StringComparer.Ordinal).ToList();
        if (sources.Count == 0)
        {
            html.Element("p", "No fact cites a source yet.", ("class", "muted"));
        }
        else
        {
            SourceList(html, sources.Take(ListLimit), page, site);
            if (sources.Count > ListLimit)
            {
                html.Open("p").Link(page.Href(AllSources), $"All {sources.Count:N0} sources").Close("p");
            }
        }

        html.Close("section");

        html.Open("section", ("aria-labelledby", "dated"), ("class", "card wide"));
        html.Element("h2", "Dated facts", ("id", "dated"));
        var timeline = site.Timeline;
        if (timeline.Count == 0)
        {
            html.Element("p", "No fact gives a date.", ("class", "muted"));
        }
        else if (timeline.Count <= ListLimit)
        {
            html.Open("ol", ("class", "dated-list"));
            foreach (var dated in timeline.Years.SelectMany(y => y).Concat(timeline.YearLess))
            {
                html.Open("li");
                html.Element("time", DateText.Reading(dated.Date), ("class", "when"));
                html.Text(" ");
                context.Links.Fact(html, dated.Fact.Id, page);
                html.Text($" · {dated.Field}");
                html.Close("li");
            }

            html.Close("ol");
        }
        else
        {
            TimelinePages.Years(html, timeline, page);
        }

        html.Open("p").Link(page.Href(SitePaths.Timeline), "The timeline, with the facts ordered by before and after").Close("p");
        html.Close("section");
        html.Close("div");
        yield return Layout.End(html, page, context.Shells);

        if (sources.Count > ListLimit)
        {
            var all = new PageInfo(AllSources, "Sources");
            var writer = Layout.Begin(all, context.Shells, "home-page");
            writer.Element("h1", "Sources");
            SourceList(writer, sources, all, site);
            yield return Layout.End(writer, all, context.Shells);
        }
    }

    private static void KindTree(HtmlWriter html, IEnumerable<KindDefinition> kinds, PageInfo page, SiteContext context)
    {
        html.Open("ul", ("class", "kind-tree"));
        foreach (var kind in kinds)
        {
            var own = context.Site.FactsOfKind(kind.Id).Count(f => f.Kind == kind.Id);
            var all = context.Site.FactsOfKind(kind.Id).Count;
            html.Open("li");
            context.Links.Kind(html, kind.Id, page);
            var count = all == own ? $"{all:N0}" : own == 0 ? $"{all:N0}, in the kinds below" : $"{all:N0}, {own:N0} of them its own";
            html.Text(" ").Element("span", count, ("class", "count"));
            var children = context.Site.Kinds.Where(k => k.Extends == kind.Id && k.Id != kind.Id).ToList();
            if (children.Count > 0)
            {
                KindTree(html, children, page, context);
            }

            html.Close("li");
        }

        html.Close("ul");
    }

    private static void SourceList(HtmlWriter html, IEnumerable<Compiler.Model.FactModel> sources, PageInfo page, SiteModel site)
    {
        html.Open("ul", ("class", "source-list"));
        foreach (var source in sources)
        {
            html.Open("li");
            html.Link(page.Href(SitePaths.Source(source.Id)), site.Label(source.Id));
            html.Text(" ").Element("span", LoadedContent.Plural(site.CitationsOf(source.Id).Count, "citation"), ("class", "count"));
            html.Close("li");
        }

        html.Close("ul");
    }
}
