using System;
using System.Collections.Concurrent;
using System.Threading;
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
    // then by the fact's place in the site's facts, or by kind. A fact's link is made by the first page
    // that needs it; two cores making it at once make the same one, and either may stay.
    private readonly ConcurrentDictionary<string, HtmlFragment?[]> _facts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HtmlFragment>> _kinds = new(StringComparer.Ordinal);

    /// <summary>A link to the fact <paramref name="id"/>, which must be one of the site's (<see cref="ValueHtml.Ref"/> says when it is not).</summary>
    public HtmlWriter Fact(HtmlWriter html, string id, PageInfo page) =>
        Fact(html, site.IndexOf(id) is var index and >= 0 ? index : throw new ArgumentException($"No fact of the site has the id '{id}'.", nameof(id)), page);

    /// <summary>A link to the fact at <paramref name="index"/> in the site's facts (<see cref="SiteModel.IndexOf"/>).</summary>
    public HtmlWriter Fact(HtmlWriter html, int index, PageInfo page)
    {
        var links = _facts.GetOrAdd(page.Root, static (_, count) => new HtmlFragment?[count], site.Facts.Count);
        var link = Volatile.Read(ref links[index]);
        if (link is null)
        {
            var id = site.Facts[index].Id;
            link = HtmlFragment.Write(html => html.Link(page.Root + SitePaths.Fact(id), site.LabelAt(index)));
            Volatile.Write(ref links[index], link);
        }

        return html.Fragment(link);
    }

    /// <summary>A kind's badge: a link to the kind's page, in the kind's colour.</summary>
    public HtmlWriter Kind(HtmlWriter html, string kind, PageInfo page) =>
        html.Fragment(_kinds.GetOrAdd(page.Root, static _ => new(StringComparer.Ordinal)).GetOrAdd(kind, static (kind, made) =>
            HtmlFragment.Write(html => html.Link(made.Root + SitePaths.Kind(kind), kind, $"kind k{made.Site.KindIndex(kind) % Badges.KindColours}")), (page.Root, Site: site)));
}
