using FactBase.Cli.Site.Html;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// Search, in the browser: over ids, names and the other text fields, bodies and quotes. The index
/// (<see cref="SiteData.SearchFile"/>) is loaded when this page opens, and read from the page's own
/// folder, so search works offline and from <c>file://</c>.
/// </summary>
internal static class SearchPage
{
    public static SitePage Write(SiteContext context)
    {
        var page = new PageInfo(SitePaths.Search, "Search");
        var html = Layout.Begin(page, context.Shells, "search-page");
        html.Open("header", ("class", "page-head"));
        html.Element("h1", "Search");
        html.Close("header");
        html.Open("form", ("class", "search-form"), ("role", "search"), ("action", page.Href(SitePaths.Search)), ("method", "get"), ("data-search-src", page.Href(SiteData.SearchFile)));
        html.Element("label", "Words to find in ids, names, text and quotes", ("for", "search-q"));
        html.Void("input", ("id", "search-q"), ("name", "q"), ("type", "search"), ("autocomplete", "off"), ("aria-controls", "search-results"));
        html.Close("form");
        html.Element("p", "Search runs in the browser and needs JavaScript; without it, the home page leads to every fact by its kind.", ("id", "search-status"), ("role", "status"), ("aria-live", "polite"));
        html.Open("ol", ("id", "search-results"), ("class", "results")).Close("ol");
        return Layout.End(html, page, context.Shells);
    }
}
