using System;
using System.IO;
using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace FactBase.Compiler.Reading;

/// <summary>
/// Markdown to text, HTML and summary, with one shared Markdig pipeline, guarded against the
/// inputs that make Markdig slow or throw: a paragraph longer than <see cref="MaxParagraphLength"/>
/// (Markdig's inline parsing is quadratic in the brackets and delimiters of one paragraph:
/// cmark's "[ (](" pattern takes seconds at 100 KB), and nesting past Markdig's depth limit
/// (which it reports by throwing). Such Markdown is kept as plain text, with a reason.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>A summary longer than this is cut at a word boundary and ends with an ellipsis.</summary>
    public const int SummaryLength = 200;

    /// <summary>The longest paragraph rendered as Markdown: some 2,500 words, far beyond prose, well within Markdig's comfort.</summary>
    public const int MaxParagraphLength = 16 * 1024;

    // CommonMark plus pipe tables: the extensions writers expect.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The body rendered, or kept as plain text with the reason in <paramref name="problem"/>.</summary>
    public static Body RenderBody(string markdown, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return Body.Empty;
        }

        if (Render(markdown, out problem) is not { } rendered)
        {
            var plain = markdown.Trim();
            return new Body(markdown, plain, "<pre>" + WebUtility.HtmlEncode(plain) + "</pre>", Summarize(plain));
        }

        return new Body(markdown, rendered.Text, rendered.Html, Summarize(rendered.Text));
    }

    /// <summary>Inline Markdown (a <c>text</c> field): HTML without the paragraph wrapper, and plain text.</summary>
    public static (string Html, string Text) RenderInline(string markdown, out string? problem)
    {
        if (Render(markdown, out problem) is not { } rendered)
        {
            return (WebUtility.HtmlEncode(markdown), markdown);
        }

        var html = rendered.Html;
        if (rendered.SingleParagraph && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal))
        {
            html = html.Substring(3, html.Length - 7);
        }

        return (html, rendered.Text);
    }

    /// <summary>HTML and text, or null with the reason the Markdown is better kept as text.</summary>
    private static Rendered? Render(string markdown, out string? problem)
    {
        problem = null;
        var longest = LongestParagraph(markdown);
        if (longest > MaxParagraphLength)
        {
            problem = $"a paragraph of {longest} characters is longer than the {MaxParagraphLength} FactBase renders; break it into paragraphs with blank lines";
            return null;
        }

        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            return new Rendered(
                Render(document, plainText: false).Trim(),
                Render(document, plainText: true).Trim(),
                document.Count == 1 && document[0] is ParagraphBlock);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            // Markdig's depth limit, met while parsing or rendering: thousands of nested quotes, lists or delimiters.
            problem = $"Markdig refused it ({e.Message.TrimEnd('.')})";
            return null;
        }
    }

    /// <summary>The longest run of text without a blank line: what Markdig parses as one paragraph at most.</summary>
    private static int LongestParagraph(string markdown)
    {
        var longest = 0;
        var start = 0;
        var lineStart = 0;
        for (var i = 0; i <= markdown.Length; i++)
        {
            if (i < markdown.Length && markdown[i] != '\n')
            {
                continue;
            }

            if (IsBlank(markdown, lineStart, i))
            {
                start = i + 1;
            }
            else
            {
                longest = Math.Max(longest, i - start);
            }

            lineStart = i + 1;
        }

        return longest;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Rendered(string Html, string Text, bool SingleParagraph);

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
        var builder = new StringBuilder(Math.Min(text.Length, SummaryLength * 2));
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
