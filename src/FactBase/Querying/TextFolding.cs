using System;
using System.Text;

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

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2013' or '\u2014' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
