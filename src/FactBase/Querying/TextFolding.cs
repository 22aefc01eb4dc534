using System;
using FactBase.Rendering;

namespace FactBase;

/// <summary>
/// Text as search compares it: typographic quotes and dashes as their plain forms, runs of
/// whitespace as one space, so <c>it's</c> finds <c>It’s</c> and a quote broken across lines
/// still matches. Case is ignored by the comparison, not here.
/// </summary>
internal static class TextFolding
{
    public static bool ContainsFolded(string text, string foldedNeedle) =>
        Fold(text).Contains(foldedNeedle, StringComparison.OrdinalIgnoreCase);

    public static string Fold(string text)
    {
        var collapsed = MarkdownRenderer.CollapseWhitespace(text);
        return string.Create(collapsed.Length, collapsed, static (folded, collapsed) =>
        {
            for (var i = 0; i < collapsed.Length; i++)
            {
                folded[i] = collapsed[i] switch
                {
                    '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                    '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                    '\u2010' or '\u2011' or '\u2013' or '\u2014' => '-',
                    var c => c,
                };
            }
        });
    }
}
