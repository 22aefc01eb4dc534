using FactBase.Cli.Site.Html;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// What a citation says, the same on a fact's page and on its source's: its status, who states it
/// when that is not the source itself, the verbatim quote and the note.
/// </summary>
internal static class CitationHtml
{
    /// <summary>The anchor of a citation on its source's page: <c>c-raices-2</c> for the second citation of <c>raices</c>.</summary>
    public static string Anchor(string factId, int index) => $"c-{factId}-{index + 1}";

    /// <summary>The citation: a first line with its status and <paramref name="head"/> (what it links to), then its quote and note.</summary>
    public static void Write(HtmlWriter html, CitationModel citation, PageInfo page, SiteContext context, System.Action<HtmlWriter> head)
    {
        html.Open("p", ("class", "citation-meta"));
        Badges.Status(html, citation.Status);
        html.Text(" ");
        head(html);
        if (citation.By is { } by)
        {
            html.Text(" · stated by ");
            ValueHtml.Ref(html, by.Id, page, context);
        }

        html.Close("p");
        if (citation.Quote is { } quote)
        {
            html.Open("blockquote", ("class", "quote")).Element("p", quote).Close("blockquote");
        }

        if (citation.Note is { } note)
        {
            html.Open("p", ("class", "note")).Element("span", "Note: ", ("class", "note-label")).Text(note).Close("p");
        }
    }
}
