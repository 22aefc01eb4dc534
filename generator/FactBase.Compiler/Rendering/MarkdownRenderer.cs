using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactBase.Rendering;

/// <summary>
/// Markdown to HTML, plain text and summary, with one shared Markdig pipeline, guarded against
/// the inputs that make Markdig slow or throw: a paragraph longer than <see cref="MaxParagraphLength"/>
/// (Markdig's inline parsing is quadratic in the brackets and delimiters of one paragraph:
/// cmark's "[ (](" pattern takes seconds at 100 KB), and nesting past Markdig's depth limit
/// (which it reports by throwing). Such Markdown is kept as plain text, with a reason.
/// </summary>
/// <remarks>
/// One source file compiled into two assemblies: the compiler (which checks Markdown at build time
/// and reports why any is kept as text) and the runtime (which renders a body or a text field the
/// first time it is asked for). Rendering at run time keeps the generated assembly to the Markdown
/// as written, half the size of its HTML and text, and the build free of the rendering; the same
/// code on both sides means what the build warned about is what the runtime does.
/// </remarks>
internal static class MarkdownRenderer
{
    /// <summary>A summary longer than this is cut at a word boundary and ends with an ellipsis.</summary>
    public const int SummaryLength = 200;

    /// <summary>The longest paragraph rendered as Markdown: some 2,500 words, far beyond prose, well within Markdig's comfort.</summary>
    public const int MaxParagraphLength = 16 * 1024;

    /// <summary>
    /// The deepest nesting rendered as Markdown. Rendering recurses once per level, so a deeper
    /// document could exhaust a small thread stack; the limit makes the outcome the same on every
    /// thread, at build time and at run time.
    /// </summary>
    public const int MaxDepth = 128;

    // CommonMark plus pipe tables: the extensions writers expect.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>A body as HTML and plain text; Markdown kept as text is HTML-encoded in a &lt;pre&gt;.</summary>
    public static (string Html, string Text) RenderBlock(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return (string.Empty, string.Empty);
        }

        if (Parse(markdown, out _) is not { } document || Render(document) is not { } rendered)
        {
            var plain = markdown.Trim();
            return ("<pre>" + WebUtility.HtmlEncode(plain) + "</pre>", plain);
        }

        return rendered;
    }

    /// <summary>Inline Markdown (a <c>text</c> field): HTML without the paragraph wrapper, and plain text.</summary>
    public static (string Html, string Text) RenderInline(string markdown)
    {
        if (Parse(markdown, out _) is not { } document || Render(document) is not { } rendered)
        {
            return (WebUtility.HtmlEncode(markdown), markdown);
        }

        var html = rendered.Html;
        if (document.Count == 1 && document[0] is ParagraphBlock && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal))
        {
            html = html.Substring(3, html.Length - 7);
        }

        return (html, rendered.Text);
    }

    /// <summary>
    /// What the build needs of Markdown without rendering it: the reason it will be kept as text
    /// (null when it renders) and, when <paramref name="summarize"/>, its summary. Markdig runs only
    /// where the answer depends on it: Markdown with few nesting marks cannot reach the depth limit,
    /// and a plain first line is its own summary.
    /// </summary>
    public static string Check(string markdown, out string? problem, bool summarize = true)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        if (!MayNestTooDeep(markdown))
        {
            var longest = LongestParagraph(markdown);
            if (longest > MaxParagraphLength)
            {
                problem = TooLong(longest);
                return summarize ? Summarize(markdown.Trim()) : string.Empty;
            }

            if (!summarize)
            {
                return string.Empty;
            }

            if (PlainFirstLine(markdown) is { } line)
            {
                return Summarize(line);
            }

            // The first line comes from the first block: parsing up to the first blank line is enough,
            // unless a link reference defined further down could change it.
            if (markdown.IndexOf("]:", StringComparison.Ordinal) < 0 && FirstParagraph(markdown) is { } paragraph && paragraph.Length < markdown.Length)
            {
                var summary = CheckFully(paragraph, out _);
                if (summary.Length > 0)
                {
                    return summary;
                }
            }
        }

        return CheckFully(markdown, out problem, summarize);
    }

    /// <summary><see cref="Check"/> by parsing and rendering with Markdig, without the shortcuts (which tests compare with it).</summary>
    internal static string CheckFully(string markdown, out string? problem, bool summarize = true)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        if (Parse(markdown, out problem) is not { } document)
        {
            return summarize ? Summarize(markdown.Trim()) : string.Empty;
        }

        try
        {
            // The first line of the whole text is the first line of the first block that renders any.
            foreach (var block in document)
            {
                var line = Summarize(RenderText(block).Trim());
                if (line.Length > 0)
                {
                    return line;
                }
            }

            return string.Empty;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            problem = Refused(e);
            return summarize ? Summarize(markdown.Trim()) : string.Empty;
        }
    }

    /// <summary>The first non-empty line of the text, whitespace collapsed, cut to <see cref="SummaryLength"/>.</summary>
    public static string Summarize(string text)
    {
        // Line by line, and each line collapsed only as far as the summary can reach: a body's
        // summary is taken at every build, and its other lines (most of it) are never copied.
        var line = new StringBuilder(SummaryLength + 2);
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            AppendCollapsed(line.Clear(), text, start, end, SummaryLength + 1);
            if (line.Length > 0)
            {
                var collapsed = line.ToString();
                if (collapsed.Length <= SummaryLength)
                {
                    return collapsed;
                }

                var cut = collapsed.LastIndexOf(' ', SummaryLength - 1);
                return collapsed.Substring(0, cut > SummaryLength / 2 ? cut : SummaryLength - 1) + "\u2026";
            }

            start = end + 1;
        }

        return string.Empty;
    }

    /// <summary>The parsed document, or null with the reason the Markdown is better kept as text.</summary>
    private static MarkdownDocument? Parse(string markdown, out string? problem)
    {
        problem = null;
        var longest = LongestParagraph(markdown);
        if (longest > MaxParagraphLength)
        {
            problem = TooLong(longest);
            return null;
        }

        try
        {
            var document = Markdig.Markdown.Parse(markdown, Pipeline);
            var depth = Depth(document);
            if (depth > MaxDepth)
            {
                problem = $"it nests {depth} levels deep (quotes, lists, emphasis or links), more than the {MaxDepth} FactBase renders";
                return null;
            }

            return document;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            problem = Refused(e);
            return null;
        }
    }

    /// <summary>HTML and text, or null when Markdig refuses to render the document.</summary>
    private static (string Html, string Text)? Render(MarkdownDocument document)
    {
        try
        {
            return (Render(document, plainText: false).Trim(), RenderText(document).Trim());
        }
        catch (Exception e) when (IsRefusal(e))
        {
            return null;
        }
    }

    private static string TooLong(int longest) =>
        $"a paragraph of {longest} characters is longer than the {MaxParagraphLength} FactBase renders; break it into paragraphs with blank lines";

    /// <summary>
    /// Whether the Markdown has enough of the marks that open a level (quotes, list markers,
    /// emphasis, links, digits of ordered lists) to nest past <see cref="MaxDepth"/>. A level costs
    /// at least one mark and a list item two levels, so under a third of the limit in marks, the
    /// document is shallower than the limit, and Markdig's own limit is higher still.
    /// </summary>
    private static bool MayNestTooDeep(string markdown)
    {
        var limit = MaxDepth / 3;
        var marks = 0;

        // Quote, emphasis and link marks count anywhere; IndexOfAny skips the prose between them.
        for (var i = markdown.IndexOfAny(AnywhereMarks); i >= 0; i = markdown.IndexOfAny(AnywhereMarks, i + 1))
        {
            if (++marks >= limit)
            {
                return true;
            }
        }

        // List markers count at the start of a line only (after indentation or quote marks): prose is full of hyphens and numbers.
        for (var lineStart = 0; lineStart < markdown.Length;)
        {
            // The markers a line may open with, nested on one line too ("- - - a", "> 1. - a").
            var i = lineStart;
            for (; i < markdown.Length && markdown[i] is ' ' or '\t' or '\r' or '>' or '*' or '.' or ')' or '-' or '+' or (>= '0' and <= '9'); i++)
            {
                if (markdown[i] is '-' or '+' or (>= '0' and <= '9') && ++marks >= limit)
                {
                    return true;
                }
            }

            var next = markdown.IndexOf('\n', i);
            lineStart = next < 0 ? markdown.Length : next + 1;
        }

        return false;
    }

    private static readonly char[] AnywhereMarks = ['>', '*', '_', '['];

    /// <summary>
    /// The first non-blank line, when it is plain prose: nothing Markdown would change (no mark of
    /// emphasis, code, link, HTML, entity, escape or table, no block marker, no indented code), so
    /// that its plain text is the line itself, whatever follows it. Null when Markdig must decide.
    /// </summary>
    private static string? PlainFirstLine(string markdown)
    {
        var start = 0;
        while (start < markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            end = end < 0 ? markdown.Length : end;
            if (!IsBlank(markdown, start, end))
            {
                if (markdown[start] is ' ' or '\t' || !char.IsLetter(markdown[start]))
                {
                    return null;
                }

                for (var i = start; i < end; i++)
                {
                    if (markdown[i] is '*' or '_' or '`' or '[' or ']' or '!' or '<' or '>' or '&' or '\\' or '|' or '~' or '#' or '\t')
                    {
                        return null;
                    }
                }

                return markdown.Substring(start, end - start);
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>The text up to the first blank line after the first non-blank one; null when there is none.</summary>
    private static string? FirstParagraph(string markdown)
    {
        var seenText = false;
        var start = 0;
        while (start < markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            end = end < 0 ? markdown.Length : end;
            var blank = IsBlank(markdown, start, end);
            if (blank && seenText)
            {
                return markdown.Substring(0, start);
            }

            seenText |= !blank;
            start = end + 1;
        }

        return null;
    }

    // Markdig's depth limit, met while parsing or rendering: thousands of nested quotes, lists or delimiters.
    private static bool IsRefusal(Exception e) => e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException;

    private static string Refused(Exception e) => $"Markdig refused it ({e.Message.TrimEnd('.')})";

    /// <summary>The longest run of text without a blank line: what Markdig parses as one paragraph at most.</summary>
    private static int LongestParagraph(string markdown)
    {
        var longest = 0;
        var start = 0;
        var lineStart = 0;
        while (lineStart <= markdown.Length)
        {
            // Line by line with IndexOf, which skips prose many characters at a time.
            var i = lineStart < markdown.Length ? markdown.IndexOf('\n', lineStart) : -1;
            i = i < 0 ? markdown.Length : i;
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

    /// <summary>How deep blocks and inlines nest, counted without recursion.</summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return deepest;
    }

    private static string RenderText(MarkdownObject markdown) => Render(markdown, plainText: true);

    private static string Render(MarkdownObject markdown, bool plainText)
    {
        // One renderer per thread and form, reset between uses: building one (its object renderers,
        // the pipeline's setup) costs more than rendering a paragraph. A failed render discards it.
        ref var cached = ref plainText ? ref _textRenderer : ref _htmlRenderer;
        var renderer = cached ?? new ReusableRenderer(plainText);
        cached = null;
        var result = renderer.RenderToString(markdown);
        cached = renderer;
        return result;
    }

    [ThreadStatic]
    private static ReusableRenderer? _htmlRenderer;

    [ThreadStatic]
    private static ReusableRenderer? _textRenderer;

    /// <summary>Markdig's HTML renderer over its own string writer, reset (a protected member) before each use.</summary>
    private sealed class ReusableRenderer : HtmlRenderer
    {
        private readonly StringWriter _writer;

        public ReusableRenderer(bool plainText)
            : this(new StringWriter(), plainText)
        {
        }

        private ReusableRenderer(StringWriter writer, bool plainText)
            : base(writer)
        {
            _writer = writer;
            if (plainText)
            {
                EnableHtmlForBlock = false;
                EnableHtmlForInline = false;
                EnableHtmlEscape = false;
            }

            Pipeline.Setup(this);
        }

        public string RenderToString(MarkdownObject markdown)
        {
            Reset();
            _writer.GetStringBuilder().Clear();
            Render(markdown);
            _writer.Flush();
            return _writer.ToString();
        }
    }

    /// <summary>Runs of whitespace as one space, none at either end (the runtime's search folds text with it too).</summary>
    /// <remarks>Most names, values and quotes are collapsed already (one line, single spaces): those are returned as they are, not copied.</remarks>
    public static string CollapseWhitespace(string text) =>
        IsCollapsed(text) ? text : AppendCollapsed(new StringBuilder(text.Length), text, 0, text.Length, int.MaxValue).ToString();

    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == ' ' ? char.IsWhiteSpace(text[i + 1]) : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Appends <c>text[start..end]</c> with its whitespace collapsed, stopping once the builder holds
    /// <paramref name="atLeast"/> chars or more: what it holds is then the start of the whole line collapsed.
    /// The text between whitespace is appended a run at a time, not a char at a time.
    /// </summary>
    private static StringBuilder AppendCollapsed(StringBuilder builder, string text, int start, int end, int atLeast)
    {
        var pendingSpace = false;
        for (var i = start; i < end && builder.Length < atLeast;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                pendingSpace = builder.Length > 0;
                i++;
                continue;
            }

            var run = i + 1;
            while (run < end && !char.IsWhiteSpace(text[run]))
            {
                run++;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // As far as the builder may still grow, and at least the run's first char.
            var take = Math.Min(run - i, Math.Max(1, atLeast - builder.Length));
            builder.Append(text, i, take);
            i += take;
        }

        return builder;
    }
}
