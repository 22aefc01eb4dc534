using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;

namespace FactBase.Compiler.Tests;

/// <summary>
/// "Did you mean" leaves a candidate as soon as it cannot win, and lowers only what needs it: it
/// must pick what the plain definition picks (every candidate's whole distance, both sides lowered).
/// </summary>
public class SuggestionsTests
{
    [Fact]
    public void Picks_what_the_plain_definition_picks_for_random_words()
    {
        var random = new Random(15);
        const string Letters = "abcdeéAB-";
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => Letters[random.Next(Letters.Length)])]);
        for (var round = 0; round < 3000; round++)
        {
            var word = Word(random.Next(0, 10));
            var candidates = Enumerable.Range(0, random.Next(0, 30)).Select(_ => Mutate(random, word, Word)).ToList();
            Assert.Equal(PlainClosest(word, candidates), Suggestions.Closest(word, candidates));
        }
    }

    [Theory]
    [InlineData("texsa", "texas")]
    [InlineData("nmae", "name")]
    [InlineData("Austn", "austin")]
    [InlineData("zzzzzz", null)]
    public void Suggests_the_nearest_id_within_a_third_of_the_word(string word, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(word, ["texas", "name", "austin", "dallas", "nome"]));

    private static string Mutate(Random random, string word, Func<int, string> fresh)
    {
        if (random.Next(4) == 0 || word.Length == 0)
        {
            return fresh(random.Next(0, 12));
        }

        var chars = word.ToList();
        for (var edits = random.Next(0, 4); edits > 0 && chars.Count > 1; edits--)
        {
            var at = random.Next(chars.Count - 1);
            switch (random.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, (char)('a' + random.Next(5))); break;
                case 2: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
                default: chars[at] = char.ToUpperInvariant(chars[at]); break;
            }
        }

        return new string([.. chars]);
    }

    /// <summary>The definition: optimal string alignment distance of both words lowered, at most a third of the word's length, ties to the first by ordinal order.</summary>
    private static string? PlainClosest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, word.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(word.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
