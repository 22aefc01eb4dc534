using System;
using System.IO;
using System.Linq;
using System.Text;
using FactBase.Rendering;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactBase.Cli.Site.Html;

/// <summary>
/// Markdown from content as HTML a page can hold: the body's CommonMark and pipe tables, as the
/// build reads them, but with raw HTML shown as the text it is, links to any scheme but http, https
/// and mailto reduced to their text, and images turned into links (a page of the site loads nothing
/// from another host). Headings move down two levels, under the page's own h1 and h2.
/// </summary>
/// <remarks>
/// Markdown that the build keeps as text (<see cref="MarkdownRenderer.Check"/>: a paragraph too long
/// or nesting too deep to render safely) is shown as text here too, in a <c>pre</c>, as the runtime shows it.
/// </remarks>
internal static class SafeMarkdown
{
    private const int HeadingShift = 2;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    [ThreadStatic]
    private static (HtmlRenderer Html, StringWriter Output)? _renderer;

    public static void Render(string markdown, bool inline, StringBuilder html)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return;
        }

        MarkdownRenderer.Check(markdown, out var problem, summarize: false);
        if (problem is not null)
        {
            html.Append(inline ? "<code>" : "<pre>");
            html.Append(HtmlWriter.Escape(inline ? markdown : markdown.Trim()));
            html.Append(inline ? "</code>" : "</pre>");
            return;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        MakeSafe(document);
        var (renderer, output) = _renderer ??= NewRenderer();
        var buffer = output.GetStringBuilder().Clear();
        renderer.Render(document);
        output.Flush();
        var start = 0;
        var length = buffer.Length;
        while (length > 0 && char.IsWhiteSpace(buffer[start + length - 1]))
        {
            length--;
        }

        // A text field of one paragraph sits in a sentence or a table cell: no paragraph of its own.
        if (inline && document.Count == 1 && document[0] is ParagraphBlock && length >= 7)
        {
            start += 3;
            length -= 7;
        }

        html.Append(buffer, start, length);
    }

    /// <summary>The Markdown's text, markup removed: what search looks in, as <c>Body.Text</c> is.</summary>
    public static string PlainText(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        MarkdownRenderer.Check(markdown, out var problem, summarize: false);
        if (problem is not null)
        {
            return markdown.Trim();
        }

        var plain = Markdown.ToPlainText(markdown, Pipeline);
        return plain.Trim();
    }

    private static (HtmlRenderer, StringWriter) NewRenderer()
    {
        var output = new StringWriter();
        var renderer = new HtmlRenderer(output);
        Pipeline.Setup(renderer);
        return (renderer, output);
    }

    private static void MakeSafe(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + HeadingShift);
        }

        // Collected first: the tree changes as links are unwrapped.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is { } url && !SafeUrl.IsSafe(url))
            {
                Unwrap(link);
            }
            else
            {
                link.IsImage = false;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!SafeUrl.IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    /// <summary>The link's text takes the link's place.</summary>
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
