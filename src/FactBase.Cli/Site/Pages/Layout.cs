using System;
using FactBase.Cli.Site.Html;

namespace FactBase.Cli.Site.Pages;

/// <summary>What the page shell needs to know of a page: where it lives, its title, which scripts it uses.</summary>
internal sealed record PageInfo(string Path, string Title, PageScripts Scripts = PageScripts.Site)
{
    /// <summary>The prefix from this page back to the site's root (<c>../</c> from <c>facts/x.html</c>).</summary>
    public string Root { get; init; } = SitePaths.RootFrom(Path);

    /// <summary>A path of the site, as a link from this page.</summary>
    public string Href(string target) => Root + target;
}

/// <summary>The scripts a page loads beyond <c>site.js</c> (tables, the search box, keyboard shortcuts).</summary>
[Flags]
internal enum PageScripts
{
    Site = 0,

    /// <summary>The relation graph: the vendored graph library, loaded when the graph is drawn.</summary>
    Graph = 1,
}

/// <summary>
/// The shell every page shares: the document head with a Content Security Policy that lets the
/// page load only the site's own files (no other host, no inline script, no plug-ins), a link
/// that skips to the content, the navigation with the search box, and the footer.
/// </summary>
internal static class Layout
{
    /// <summary>
    /// 'self' only: the site's own scripts, styles and images. Content never becomes script, and even
    /// if it did, an inline script would not run; nothing is fetched from another host.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'none'";

    /// <summary>A page of a site being written: the shell around its content comes from <paramref name="shells"/>, made once for pages like it.</summary>
    public static HtmlWriter Begin(PageInfo page, PageShells shells, string? bodyClass = null)
    {
        var html = new HtmlWriter();
        html.Fragment(shells.BeforeTitle);
        Title(html, page, shells.Options);
        html.Fragment(shells.AfterTitle(page, bodyClass));
        return html;
    }

    /// <summary>A page on its own (what <c>serve</c> shows for problems), its whole shell written for it.</summary>
    public static HtmlWriter Begin(PageInfo page, SiteOptions options, string? bodyClass = null)
    {
        var html = new HtmlWriter();
        BeforeTitle(html);
        Title(html, page, options);
        AfterTitle(html, page, options, bodyClass);
        return html;
    }

    /// <summary>The page, its shell closed, as a file of the site.</summary>
    public static SitePage End(HtmlWriter html, PageInfo page, PageShells shells) => html.Fragment(shells.End).ToPage(page.Path);

    public static byte[] End(HtmlWriter html, string footer)
    {
        AfterContent(html, footer);
        return html.ToUtf8();
    }

    /// <summary>What every page begins with, up to its title.</summary>
    internal static void BeforeTitle(HtmlWriter html)
    {
        html.Doctype().Open("html", ("lang", "en"));
        html.Open("head");
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Void("meta", ("http-equiv", "Content-Security-Policy"), ("content", ContentSecurityPolicy));
        html.Void("meta", ("name", "generator"), ("content", "factbase site"));
        html.Open("title");
    }

    private static void Title(HtmlWriter html, PageInfo page, SiteOptions options)
    {
        if (page.Title != options.Title)
        {
            html.PlainText(page.Title).PlainText(" · ");
        }

        html.PlainText(options.Title);
    }

    /// <summary>
    /// The rest of the shell up to the page's content. It depends on the page only through what
    /// <see cref="PageShells"/> keys it by: the way back to the root, the scripts, the body's class,
    /// and which entry of the navigation the page is.
    /// </summary>
    internal static void AfterTitle(HtmlWriter html, PageInfo page, SiteOptions options, string? bodyClass)
    {
        html.Close("title");
        html.Void("link", ("rel", "stylesheet"), ("href", page.Href(SitePaths.Assets + "site.css")));
        html.Void("link", ("rel", "icon"), ("href", "data:,")); // no icon: a browser would otherwise ask the host for /favicon.ico
        html.Open("script", ("src", page.Href(SitePaths.Assets + "site.js")), ("defer", string.Empty)).Close("script");
        if (page.Scripts.HasFlag(PageScripts.Graph))
        {
            html.Open("script", ("src", page.Href(SitePaths.Assets + "graph.js")), ("defer", string.Empty)).Close("script");
        }
        if (options.LiveReload)
        {
            html.Open("script", ("src", "/_factbase/live-reload.js"), ("defer", string.Empty)).Close("script");
        }

        html.Close("head");
        html.Open("body", ("class", bodyClass), ("data-root", page.Root));
        html.Link("#main", "Skip to the content", "skip");
        html.Open("header", ("class", "top"));
        html.Open("nav", ("aria-label", "Site"));
        html.Link(page.Href(SitePaths.Home), options.Title, "brand");
        html.Open("ul", ("class", "nav"));
        foreach (var (target, text) in Navigation)
        {
            NavItem(html, page, target, text);
        }

        html.Close("ul");
        html.Open("form", ("class", "search-box"), ("role", "search"), ("action", page.Href(SitePaths.Search)), ("method", "get"));
        html.Element("label", "Search", ("for", "site-search"), ("class", "visually-hidden"));
        html.Void("input", ("id", "site-search"), ("name", "q"), ("type", "search"), ("placeholder", "Search ids, names, text, quotes"), ("autocomplete", "off"), ("aria-keyshortcuts", "/"));
        html.Close("form");
        html.Close("nav");
        html.Close("header");
        html.Open("main", ("id", "main"), ("tabindex", "-1"));
    }

    /// <summary>The pages the navigation leads to, in its order.</summary>
    internal static readonly (string Target, string Text)[] Navigation =
    [
        (SitePaths.Home, "Home"),
        (SitePaths.Timeline, "Timeline"),
        (SitePaths.Graph, "Graph"),
        (SitePaths.Search, "Search"),
    ];

    /// <summary>The page's own path when the navigation leads to it (it is then marked current there), else null.</summary>
    internal static string? NavigationEntry(string path)
    {
        foreach (var (target, _) in Navigation)
        {
            if (target == path)
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>What every page ends with, after its content.</summary>
    internal static void AfterContent(HtmlWriter html, string footer)
    {
        html.Close("main");
        html.Open("footer", ("class", "bottom"));
        html.Element("p", footer);
        html.Close("footer");
        html.Close("body");
        html.Close("html");
    }

    private static void NavItem(HtmlWriter html, PageInfo page, string target, string text)
    {
        html.Open("li");
        html.Element("a", text, ("href", page.Href(target)), ("aria-current", page.Path == target ? "page" : null));
        html.Close("li");
    }
}
