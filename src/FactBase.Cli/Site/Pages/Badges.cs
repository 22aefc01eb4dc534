using FactBase.Cli.Site.Html;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Site.Pages;

/// <summary>The small labels pages share: a citation's status, and the colours of kinds (whose badges are <see cref="LinkFragments.Kind"/>).</summary>
internal static class Badges
{
    /// <summary>Colours the kinds take in turn, in the site's stylesheet (<c>.k0</c> to <c>.k11</c>) and the graph.</summary>
    public const int KindColours = 12;

    public static void Status(HtmlWriter html, CitationStatus status)
    {
        var word = Word(status);
        html.Element("span", word, ("class", $"status status-{word}"));
    }

    public static string Word(CitationStatus status) => status.ToString().ToLowerInvariant();
}
