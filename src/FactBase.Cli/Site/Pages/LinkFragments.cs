using System;
using System.Collections.Concurrent;
using FactBase.Cli.Site.Html;
using FactBase.Cli.Site.Model;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// The links pages repeat most: to a fact, named by its label, and to a kind, as its coloured badge.
/// A fact is named on its own page, its kind's table, the pages of the facts it links to, its source
/// and the timeline, so each link is written once for each folder it is seen from (the way back to
/// the root is part of it), rather than escaped again for every mention.
/// </summary>
internal sealed class LinkFragments(SiteModel site)
{
    // By the way back to the root first (a site has two: pages at its root and pages one folder down),
    // then by fact or kind: a short string hashed, then the id, rather than a pair hashed each time.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HtmlFragment>> _facts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HtmlFragment>> _kinds = new(StringComparer.Ordinal);

    /// <summary>A link to the fact <paramref name="id"/>, which must be one of the site's (<see cref="ValueHtml.Ref"/> says when it is not).</summary>
    public HtmlWriter Fact(HtmlWriter html, string id, PageInfo page) =>
        html.Fragment(SeenFrom(page, _facts).GetOrAdd(id, static (id, made) =>
            HtmlFragment.Write(html => html.Link(made.Root + SitePaths.Fact(id), made.Site.Label(id))), (page.Root, Site: site)));

    /// <summary>A kind's badge: a link to the kind's page, in the kind's colour.</summary>
    public HtmlWriter Kind(HtmlWriter html, string kind, PageInfo page) =>
        html.Fragment(SeenFrom(page, _kinds).GetOrAdd(kind, static (kind, made) =>
            HtmlFragment.Write(html => html.Link(made.Root + SitePaths.Kind(kind), kind, $"kind k{made.Site.KindIndex(kind) % Badges.KindColours}")), (page.Root, Site: site)));

    /// <summary>The links as seen from <paramref name="page"/>'s folder.</summary>
    private static ConcurrentDictionary<string, HtmlFragment> SeenFrom(PageInfo page, ConcurrentDictionary<string, ConcurrentDictionary<string, HtmlFragment>> links) =>
        links.GetOrAdd(page.Root, static _ => new(StringComparer.Ordinal));
}
