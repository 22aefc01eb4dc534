using System.Linq;
using CsCheck;
using FactBase.Rendering;

namespace FactBase.Generator.Tests.Hostile;

/// <summary>
/// The build's Markdown check skips Markdig where the answer cannot depend on it (few nesting
/// marks, a plain first line). These tests hold the shortcuts to the full parse and render, and to
/// the runtime's summary, on Markdown built from the constructs that could tell them apart.
/// </summary>
public class MarkdownShortcutTests
{
    // Words, and every construct that changes a line's plain text or nests: emphasis, code, links,
    // HTML, entities, escapes, tables, headings (ATX and setext), quotes, lists, indented code.
    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf("Raices", "rejected", "the", "donation", "Texas-based", "2018", "$250,000", "é", "“quoted”")),
        (3, Gen.OneOf(" ", "  ", "\n", "\n\n", "\t")),
        (2, Gen.OneOf("*", "**", "_", "`", "[a](b)", "[a]", "[a]: /u", "![i](p)", "<b>", "<!--", "&amp;", "&", "\\", "|", "| a | b |", "---", "===", "#", "## ", "> ", "- ", "+ ", "* ", "1. ", "2) ", "    ", "~~~", "```")));

    private static readonly Gen<string> Markdown = Piece.Array[0, 40].Select(pieces => string.Concat(pieces));

    [Fact]
    public void The_shortcuts_give_the_summary_and_the_verdict_of_a_full_render()
    {
        Markdown.Sample(markdown =>
        {
            var summary = MarkdownRenderer.Check(markdown, out var problem);
            var full = MarkdownRenderer.CheckFully(markdown, out var fullProblem);
            Assert.Equal(full, summary);
            Assert.Equal(fullProblem, problem);
            MarkdownRenderer.Check(markdown, out var inlineProblem, summarize: false);
            Assert.Equal(fullProblem, inlineProblem);
        }, iter: 20_000);
    }

    [Fact]
    public void The_build_summary_is_the_one_the_runtime_computes()
    {
        Markdown.Where(m => MarkdownRenderer.Check(m, out var problem).Length > 0 && problem is null).Sample(markdown =>
            Assert.Equal(MarkdownRenderer.Summarize(MarkdownRenderer.RenderBlock(markdown).Text), MarkdownRenderer.Check(markdown, out _)), iter: 5_000);
    }

    [Theory]
    [InlineData("A plain first line.\nAnd a second.", "A plain first line.")]
    [InlineData("Title\n=====\n\nText.", "Title")]
    [InlineData("Name | Role\n--- | ---\nA | B", "Name Role")]
    public void Shortcut_and_full_render_agree_on_lines_that_look_plain(string markdown, string expected)
    {
        Assert.Equal(MarkdownRenderer.CheckFully(markdown, out _), MarkdownRenderer.Check(markdown, out _));
        Assert.StartsWith(expected.Split(' ')[0], MarkdownRenderer.Check(markdown, out _), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_collapses_to_the_words_with_one_space_between_and_collapsed_text_is_not_copied()
    {
        // Every char the runtime calls whitespace, among words and lone marks.
        var piece = Gen.Frequency(
            (4, Gen.OneOf("Raices", "a", "é", "·", "2018")),
            (3, Gen.OneOf(" ", "  ", "\n", "\t", "\r\n", "\v", "\f", "\u0085", "\u00A0", "\u1680", "\u2003", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000")));
        piece.Array[0, 30].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            var words = text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
            var collapsed = MarkdownRenderer.CollapseWhitespace(text);
            Assert.Equal(string.Join(" ", words), collapsed);
            Assert.Same(collapsed, MarkdownRenderer.CollapseWhitespace(collapsed));
        }, iter: 20_000);
    }

    [Fact]
    public void The_summary_is_the_first_nonblank_line_collapsed_and_cut_at_a_word()
    {
        // Summarize collapses only as much of a line as the summary can reach; this is the whole-line
        // definition it must keep, on lines short and long, blank and full of whitespace.
        static string Reference(string text)
        {
            foreach (var raw in text.Split('\n'))
            {
                var line = MarkdownRenderer.CollapseWhitespace(raw);
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.Length <= MarkdownRenderer.SummaryLength)
                {
                    return line;
                }

                var cut = line.LastIndexOf(' ', MarkdownRenderer.SummaryLength - 1);
                return line.Substring(0, cut > MarkdownRenderer.SummaryLength / 2 ? cut : MarkdownRenderer.SummaryLength - 1) + "\u2026";
            }

            return string.Empty;
        }

        var word = Gen.OneOf("a", "word", "Texas-based", new string('x', 120), " ", "   ", "\t", "\r", "\n", "\n\n", "\u00a0", "é");
        word.Array[0, 120].Select(pieces => string.Concat(pieces)).Sample(
            text => Assert.Equal(Reference(text), MarkdownRenderer.Summarize(text)), iter: 5_000);
    }

    [Theory]
    [InlineData("> ", 300)]
    [InlineData("- ", 70)]
    [InlineData("1. ", 70)]
    [InlineData("[a ", 140)]
    public void Nesting_on_one_line_still_reaches_the_depth_limit(string opener, int count)
    {
        var markdown = string.Concat(Enumerable.Repeat(opener, count)) + "deep";

        MarkdownRenderer.Check(markdown, out var problem);
        MarkdownRenderer.CheckFully(markdown, out var fullProblem);

        Assert.Equal(fullProblem, problem);
        Assert.NotNull(problem);
    }
}
