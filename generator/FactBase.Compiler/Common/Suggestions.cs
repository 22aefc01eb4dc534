using System;
using System.Collections.Generic;

namespace FactBase.Compiler.Common;

/// <summary>"Did you mean" for a misspelt id, field, kind, enum value or currency.</summary>
public static class Suggestions
{
    /// <summary>
    /// The closest candidate by edit distance, if it is close enough to be a likely typo
    /// (at most a third of the word's length), formatted as <c> (did you mean 'x'?)</c>; else empty.
    /// </summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        var best = Closest(word, candidates);
        return best is null ? string.Empty : $" (did you mean '{best}'?)";
    }

    /// <summary>
    /// The candidate nearest to <paramref name="word"/>, ignoring case, within a third of its length;
    /// the first by ordinal order among the nearest; null when none is that near.
    /// </summary>
    /// <remarks>
    /// A dangling ref's suggestion is drawn from every fact of its kind, so this runs over
    /// thousands of candidates in a link: the word is lowered once, a candidate only when it is
    /// not lower case already, the rows are made once, and a candidate is left as soon as it
    /// cannot come within the best distance so far.
    /// </remarks>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, word.Length / 3);
        var lowered = word.ToLowerInvariant();
        var rows = new Rows(word.Length + limit + 1);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > limit)
            {
                continue;
            }

            var within = Math.Min(limit, bestDistance);
            var distance = rows.Distance(lowered, IsLowerAscii(candidate) ? candidate : candidate.ToLowerInvariant(), within);
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="text"/> lowers to itself without a copy: ASCII with no capital.</summary>
    private static bool IsLowerAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'Z' || c > '\x7f')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The three rows of the distance's table, reused from candidate to candidate.</summary>
    private sealed class Rows(int length)
    {
        private readonly int[] _beforePrevious = new int[length];
        private readonly int[] _previous = new int[length];
        private readonly int[] _current = new int[length];

        /// <summary>
        /// Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
        /// since 'nmae' for 'name' is the commonest typo; any distance above <paramref name="within"/>
        /// is given as <c>within + 1</c>. A cell draws on the row above (at no cost on a match) and
        /// the row above that (a swap, at a cost of one), so once two rows in a row are above
        /// <paramref name="within"/>, every later one is too.
        /// </summary>
        public int Distance(string a, string b, int within)
        {
            var (beforePrevious, previous, current) = (_beforePrevious, _previous, _current);
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            var previousAbove = false;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMinimum = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var cell = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        cell = Math.Min(cell, beforePrevious[j - 2] + 1);
                    }

                    current[j] = cell;
                    rowMinimum = Math.Min(rowMinimum, cell);
                }

                (beforePrevious, previous, current) = (previous, current, beforePrevious);
                var above = rowMinimum > within;
                if (above && previousAbove)
                {
                    return within + 1;
                }

                previousAbove = above;
            }

            return Math.Min(previous[b.Length], within + 1);
        }
    }
}
