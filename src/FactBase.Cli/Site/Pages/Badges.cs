using FactBase.Cli.Site.Html;
using FactBase.Cli.Site.Model;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Site.Pages;

/// <summary>The small labels pages share: a fact's kind (a link to the kind's page, in its colour) and a citation's status.</summary>
internal static class Badges
{
    /// <summary>Colours the kinds take in turn, in the site's stylesheet (<c>.k0</c> to <c>.k11</c>) and the graph.</summary>
    public const int KindColours = 12;

    public static void Kind(HtmlWriter html, string kind, PageInfo page, SiteModel site) =>
        html.Link(page.Href(SitePaths.Kind(kind)), kind, $"kind k{site.KindIndex(kind) % KindColours}");

    public static void Status(HtmlWriter html, CitationStatus status)
    {
        var word = Word(status);
        html.Element("span", word, ("class", $"status status-{word}"));
    }

    public static string Word(CitationStatus status) => status.ToString().ToLowerInvariant();
}
