using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Site.Html;
using FactBase.Cli.Site.Model;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// A source, read as annotated: its text paragraph by paragraph, each quote that a citation takes
/// from it marked where it stands and numbered, and after each paragraph the facts that rest on
/// those quotes, with status, note and who states it. Citations whose quote is not in the text
/// (or that quote nothing) follow, so that every fact citing the source is on its page.
/// </summary>
internal static class SourcePage
{
    public static SitePage Write(FactModel source, SiteContext context)
    {
        var site = context.Site;
        var citations = site.CitationsOf(source.Id);
        var page = new PageInfo(SitePaths.Source(source.Id), site.Label(source.Id));
        var html = Layout.Begin(page, context.Shells, "source-page");
        html.Open("header", ("class", "page-head"));
        html.Open("p", ("class", "eyebrow")).Text("Source, annotated ");
        context.Links.Kind(html, source.Kind, page);
        html.Close("p");
        html.Element("h1", page.Title);
        var facts = citations.Select(c => c.Fact.Id).Distinct().Count();
        html.Open("p", ("class", "lead"));
        html.Text($"{LoadedContent.Plural(citations.Count, "citation")} in {LoadedContent.Plural(facts, "fact")} rest on this source. ");
        html.Link(page.Href(SitePaths.Fact(source.Id)), "The source's own fact page");
        html.Text(" gives its fields.");
        html.Close("p");
        html.Close("header");

        var annotation = Annotation.Of(source.Body.Markdown, citations);
        if (annotation.Paragraphs.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "text"), ("class", "annotated"));
            html.Element("h2", "The text", ("id", "text"));
            foreach (var paragraph in annotation.Paragraphs)
            {
                Paragraph(html, paragraph);
                if (paragraph.Quotes.Count > 0)
                {
                    html.Open("ol", ("class", "notes"));
                    foreach (var quote in paragraph.Quotes)
                    {
                        Note(html, quote.Citing, quote.Number, page, context);
                    }

                    html.Close("ol");
                }
            }

            html.Close("section");
        }

        if (annotation.Elsewhere.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "elsewhere"));
            html.Element("h2", annotation.Paragraphs.Count > 0 ? "Citations not found in the text" : "Citations", ("id", "elsewhere"));
            if (annotation.Paragraphs.Count > 0)
            {
                html.Element("p", "Their quote is not in the source's text as written here, or they quote nothing.", ("class", "muted"));
            }

            html.Open("ol", ("class", "notes"));
            foreach (var citing in annotation.Elsewhere)
            {
                Note(html, citing, null, page, context);
            }

            html.Close("ol");
            html.Close("section");
        }

        return Layout.End(html, page, context.Shells);
    }

    /// <summary>
    /// The paragraph's text cut where quotes start and end: a part that some quote covers is marked
    /// (darker where quotes overlap), and each quote's number follows its last word.
    /// </summary>
    private static void Paragraph(HtmlWriter html, AnnotatedParagraph paragraph)
    {
        var text = paragraph.Text;
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var quote in paragraph.Quotes)
        {
            cuts.Add(quote.Start);
            cuts.Add(quote.End);
        }

        html.Open("p");
        var bounds = cuts.ToList();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (start, end) = (bounds[i], bounds[i + 1]);
            var covering = paragraph.Quotes.Count(q => q.Start <= start && q.End >= end);
            var part = text[start..end];
            if (covering == 0)
            {
                html.Text(part);
            }
            else
            {
                html.Element("mark", part, ("class", covering > 1 ? "overlap" : null));
            }

            foreach (var quote in paragraph.Quotes.Where(q => q.End == end))
            {
                html.Open("sup", ("class", "note-ref"));
                html.Element("a", quote.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ("href", "#" + CitationHtml.Anchor(quote.Citing.Fact.Id, quote.Citing.Index)),
                    ("id", "q-" + CitationHtml.Anchor(quote.Citing.Fact.Id, quote.Citing.Index)),
                    ("aria-label", $"note {quote.Number}"));
                html.Close("sup");
            }
        }

        html.Close("p");
    }

    private static void Note(HtmlWriter html, Citing citing, int? number, PageInfo page, SiteContext context)
    {
        var anchor = CitationHtml.Anchor(citing.Fact.Id, citing.Index);
        html.Open("li", ("id", anchor), ("class", "citation"), ("value", number?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        CitationHtml.Write(html, citing.Citation, page, context, head =>
        {
            head.Link(page.Href(SitePaths.Fact(citing.Fact.Id) + $"#citation-{citing.Index + 1}"), context.Site.Label(citing.Fact.Id), "citation-source");
            head.Text(" ");
            context.Links.Kind(head, citing.Fact.Kind, page);
            if (number is not null)
            {
                head.Text(" ").Element("a", "back to the text", ("href", "#q-" + anchor), ("class", "back"));
            }
        });
        html.Close("li");
    }
}
