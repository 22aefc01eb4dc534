using System;
using System.Collections.Generic;
using System.IO;
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

    // One renderer of each form per thread, reused: building one costs more than rendering a body.
    [ThreadStatic]
    private static (HtmlRenderer Html, StringWriter Output)? _renderer;

    [ThreadStatic]
    private static (HtmlRenderer Html, StringWriter Output)? _textRenderer;

    public static void Render(string markdown, bool inline, StringBuilder html) => Render(markdown, inline, html, text: false);

    /// <summary>
    /// Renders a body as <see cref="Render(string, bool, StringBuilder)"/> does, and returns its text as
    /// <see cref="PlainText"/> does, from the same parse: search's text costs no second parse.
    /// </summary>
    public static string RenderWithText(string markdown, StringBuilder html) => Render(markdown, inline: false, html, text: true) ?? string.Empty;

    private static string? Render(string markdown, bool inline, StringBuilder html, bool text)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        MarkdownRenderer.Check(markdown, out var problem, summarize: false);
        if (problem is not null)
        {
            html.Append(inline ? "<code>" : "<pre>");
            html.Append(HtmlWriter.Escape(inline ? markdown : markdown.Trim()));
            html.Append(inline ? "</code>" : "</pre>");
            return text ? markdown.Trim() : null;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        MakeSafe(document);
        var (renderer, output) = _renderer ??= NewRenderer(plainText: false);
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

        // Making it safe changed heading levels (which the text does not show), turned images into
        // links (whose text is their alt text either way) and unwrapped links (whose text stays).
        return text ? Text(document) : null;
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

        return Text(Markdown.Parse(markdown, Pipeline));
    }

    private static string Text(MarkdownDocument document)
    {
        var (renderer, output) = _textRenderer ??= NewRenderer(plainText: true);
        var buffer = output.GetStringBuilder().Clear();
        renderer.Render(document);
        output.Flush();
        return buffer.ToString().Trim();
    }

    private static (HtmlRenderer, StringWriter) NewRenderer(bool plainText)
    {
        var output = new StringWriter();
        var renderer = new HtmlRenderer(output)
        {
            EnableHtmlForBlock = !plainText,
            EnableHtmlForInline = !plainText,
            EnableHtmlEscape = !plainText,
        };
        Pipeline.Setup(renderer);
        return (renderer, output);
    }

    private static void MakeSafe(MarkdownDocument document)
    {
        // One walk, collecting first: the tree changes as links are unwrapped.
        List<Inline>? unsafeLinks = null;
        Walk(document, ref unsafeLinks);
        foreach (var link in unsafeLinks ?? [])
        {
            if (link is LinkInline container)
            {
                Unwrap(container);
            }
            else
            {
                link.ReplaceBy(new LiteralInline(((AutolinkInline)link).Url));
            }
        }
    }

    /// <summary>Every block and inline, parents before children, as Markdig's <c>Descendants()</c> but without its enumerators.</summary>
    private static void Walk(Block block, ref List<Inline>? unsafeLinks)
    {
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(child, ref unsafeLinks);
                }

                break;
            case LeafBlock leaf:
                if (leaf is HeadingBlock heading)
                {
                    heading.Level = Math.Min(6, heading.Level + HeadingShift);
                }

                if (leaf.Inline is { } inline)
                {
                    Walk(inline, ref unsafeLinks);
                }

                break;
        }
    }

    private static void Walk(ContainerInline container, ref List<Inline>? unsafeLinks)
    {
        for (var node = container.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LinkInline { Url: { } url } when !SafeUrl.IsSafe(url):
                case AutolinkInline { Url: var autolinkUrl } when !SafeUrl.IsSafe(autolinkUrl):
                    (unsafeLinks ??= []).Add(node);
                    break;
                case LinkInline link:
                    link.IsImage = false;
                    break;
            }

            if (node is ContainerInline children)
            {
                Walk(children, ref unsafeLinks);
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
