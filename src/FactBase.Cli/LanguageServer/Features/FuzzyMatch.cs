using System;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>
/// How well what was typed matches a name, for completion and workspace symbols: a prefix best, then
/// the start of a word (after '-' or a space), then anywhere, then the letters in order with gaps
/// (<c>slsfrc</c> finds <c>salesforce</c>); null when the letters are not all there in order.
/// </summary>
internal static class FuzzyMatch
{
    public static int? Score(string typed, string candidate)
    {
        if (typed.Length == 0)
        {
            return 0;
        }

        if (candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
        {
            return 4000 - candidate.Length;
        }

        var at = candidate.IndexOf(typed, StringComparison.OrdinalIgnoreCase);
        if (at > 0)
        {
            return (candidate[at - 1] is '-' or ' ' ? 3000 : 2000) - at;
        }

        // The letters in order: fewer and shorter gaps, and letters at word starts, score higher.
        var score = 1000;
        var position = 0;
        foreach (var letter in typed)
        {
            var found = candidate.AsSpan(position).IndexOfAny(char.ToLowerInvariant(letter), char.ToUpperInvariant(letter));
            found = found < 0 ? found : found + position;
            if (found < 0)
            {
                return null;
            }

            score -= found - position;
            score += found == 0 || candidate[found - 1] is '-' or ' ' ? 5 : 0;
            position = found + 1;
        }

        return score;
    }
}
