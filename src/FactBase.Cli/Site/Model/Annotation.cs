using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactBase.Cli.Site.Html;

namespace FactBase.Cli.Site.Model;

/// <summary>A quote found in a source's text: which citation, where in the paragraph, and its note's number.</summary>
internal sealed record QuoteSpan(Citing Citing, int Start, int End, int Number);

/// <summary>A paragraph of a source's text, with the quotes found in it.</summary>
internal sealed record AnnotatedParagraph(string Text, IReadOnlyList<QuoteSpan> Quotes);

/// <summary>
/// A source's text with the citations that quote it: each quote found where it stands (its first
/// place, matched as search matches, ignoring case, typographic quotes and how whitespace is laid
/// out), and the citations whose quote is not in the text, or that have none, apart.
/// </summary>
internal sealed record Annotation(IReadOnlyList<AnnotatedParagraph> Paragraphs, IReadOnlyList<Citing> Elsewhere)
{
    public static Annotation Of(string markdown, IReadOnlyList<Citing> citations)
    {
        var paragraphs = SplitParagraphs(markdown).Select(p => (Text: p, Folded: Folded.Of(p))).ToList();
        var found = paragraphs.Select(_ => new List<(Citing Citing, int Start, int End)>()).ToList();
        var elsewhere = new List<Citing>();
        foreach (var citing in citations)
        {
            var quote = citing.Citation.Quote is { } q ? Folded.Of(q).Text.Trim() : string.Empty;
            var placed = false;
            for (var p = 0; p < paragraphs.Count && quote.Length > 0 && !placed; p++)
            {
                var at = paragraphs[p].Folded.Text.IndexOf(quote, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var folded = paragraphs[p].Folded;
                    found[p].Add((citing, folded.Map[at], folded.Map[at + quote.Length - 1] + 1));
                    placed = true;
                }
            }

            if (!placed)
            {
                elsewhere.Add(citing);
            }
        }

        var number = 0;
        var annotated = paragraphs.Select((p, i) => new AnnotatedParagraph(
            p.Text,
            [.. found[i].OrderBy(f => f.Start).ThenBy(f => f.End).Select(f => new QuoteSpan(f.Citing, f.Start, f.End, ++number))]));
        return new Annotation([.. annotated], elsewhere);
    }

    /// <summary>The body's paragraphs (runs of lines between blank lines), as plain text.</summary>
    private static IEnumerable<string> SplitParagraphs(string markdown)
    {
        var current = new StringBuilder();
        foreach (var line in markdown.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Length > 0)
                {
                    yield return SafeMarkdown.PlainText(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }

        if (current.Length > 0)
        {
            yield return SafeMarkdown.PlainText(current.ToString());
        }
    }

    /// <summary>Text as search compares it, with the place in the original of each folded character.</summary>
    private sealed record Folded(string Text, int[] Map)
    {
        public static Folded Of(string text)
        {
            // Folding never lengthens text, so the map can be as long as the text (its end unused).
            var folded = new StringBuilder(text.Length);
            var map = new int[text.Length];
            var pendingSpace = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = folded.Length > 0 && pendingSpace < 0 ? i : pendingSpace;
                    continue;
                }

                if (pendingSpace >= 0)
                {
                    map[folded.Length] = pendingSpace;
                    folded.Append(' ');
                    pendingSpace = -1;
                }

                map[folded.Length] = i;
                folded.Append(c switch
                {
                    '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                    '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                    '\u2010' or '\u2011' or '\u2013' or '\u2014' => '-',
                    _ => char.ToLowerInvariant(c),
                });
            }

            return new Folded(folded.ToString(), map);
        }
    }
}
