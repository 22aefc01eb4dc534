using System;
using System.IO;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace FactBase.Compiler.Reading;

/// <summary>Markdown to text, HTML and summary, with one shared Markdig pipeline.</summary>
public static class MarkdownRenderer
{
    /// <summary>A summary longer than this is cut at a word boundary and ends with an ellipsis.</summary>
    public const int SummaryLength = 200;

    // CommonMark plus pipe tables: the extensions writers expect, and none with known super-linear cases.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static Body RenderBody(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return Body.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        var html = Render(document, plainText: false).Trim();
        var text = Render(document, plainText: true).Trim();
        return new Body(markdown, text, html, Summarize(text));
    }

    /// <summary>Inline Markdown (a <c>text</c> field): HTML without the paragraph wrapper, and plain text.</summary>
    public static (string Html, string Text) RenderInline(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var html = Render(document, plainText: false).Trim();
        if (document.Count == 1 && document[0] is ParagraphBlock && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal))
        {
            html = html.Substring(3, html.Length - 7);
        }

        return (html, Render(document, plainText: true).Trim());
    }

    private static string Render(MarkdownDocument document, bool plainText)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        if (plainText)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }

        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The first non-empty line of the text, whitespace collapsed, cut to <see cref="SummaryLength"/>.</summary>
    private static string Summarize(string text)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = CollapseWhitespace(rawLine);
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length <= SummaryLength)
            {
                return line;
            }

            var cut = line.LastIndexOf(' ', SummaryLength - 1);
            return line.Substring(0, cut > SummaryLength / 2 ? cut : SummaryLength - 1) + "\u2026";
        }

        return string.Empty;
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
