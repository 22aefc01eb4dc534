using System.Collections.Concurrent;
using FactBase.Cli.Site.Html;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// The shell of a site's pages (<see cref="Layout"/>), written once for all the pages it is the same
/// for rather than escaped again for each of thousands: what comes before the title, what comes
/// between the title and the content for each kind of page, and the footer after it.
/// </summary>
internal sealed class PageShells
{
    private readonly ConcurrentDictionary<ShellKey, HtmlFragment> _afterTitle = new();

    public PageShells(SiteOptions options, string footer)
    {
        Options = options;
        End = HtmlFragment.Write(html => Layout.AfterContent(html, footer));
    }

    public SiteOptions Options { get; }

    public HtmlFragment BeforeTitle { get; } = HtmlFragment.Write(Layout.BeforeTitle);

    public HtmlFragment End { get; }

    /// <summary>The shell from the end of the title to the content, for pages like <paramref name="page"/>.</summary>
    public HtmlFragment AfterTitle(PageInfo page, string? bodyClass)
    {
        var key = new ShellKey(page.Root, page.Scripts, bodyClass, Layout.NavigationEntry(page.Path));
        // Made from the first page that asks: the shell depends on a page only through the key.
        return _afterTitle.GetOrAdd(key, static (_, made) => HtmlFragment.Write(html => Layout.AfterTitle(html, made.Page, made.Options, made.BodyClass)), (Page: page, Options, BodyClass: bodyClass));
    }

    /// <summary>What the shell after the title depends on: the way back to the root, the scripts, the body's class, the navigation entry the page is.</summary>
    private readonly record struct ShellKey(string Root, PageScripts Scripts, string? BodyClass, string? NavigationEntry);
}
