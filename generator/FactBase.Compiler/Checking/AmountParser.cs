using System;
using System.Globalization;
using System.Text.RegularExpressions;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;

namespace FactBase.Compiler.Checking;

/// <summary>
/// Money (<c>about 40 million USD</c>) and quantities (<c>more than 600</c>, <c>about 130 people</c>):
/// an optional qualifier, a number with optional thousands commas and scale word, then a
/// currency code (required for money) or a unit (optional for quantities). Qualifiers and
/// scale words are read in any case: 'About 5 Million' means what it says, not a unit.
/// </summary>
public static class AmountParser
{
    private static readonly (string Words, Qualifier Qualifier)[] Qualifiers =
    [
        ("about", Qualifier.About),
        ("more than", Qualifier.MoreThan),
        ("at least", Qualifier.AtLeast),
        ("less than", Qualifier.LessThan),
        ("at most", Qualifier.AtMost),
    ];

    private static readonly (string Word, decimal Factor)[] Scales =
    [
        ("thousand", 1_000m),
        ("million", 1_000_000m),
        ("billion", 1_000_000_000m),
        ("trillion", 1_000_000_000_000m),
    ];

    private static readonly Regex Number = new(@"^-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$", RegexOptions.CultureInvariant);

    public static ParseResult ParseMoney(string text) =>
        Parse(text, DiagnosticDescriptors.InvalidMoney, (number, qualifier, rest) =>
            rest.Length == 0 ? ParseResult.Fail(DiagnosticDescriptors.InvalidMoney, text, $"add its currency, as in '{text} USD'")
            : !Currencies.Codes.Contains(rest) ? ParseResult.Fail(DiagnosticDescriptors.UnknownCurrency, rest, Suggestions.DidYouMean(rest.ToUpperInvariant(), Currencies.Codes))
            : new MoneyValue(number, rest, qualifier));

    public static ParseResult ParseQuantity(string text) =>
        Parse(text, DiagnosticDescriptors.InvalidQuantity, (number, qualifier, rest) =>
            new QuantityValue(number, qualifier, rest.Length == 0 ? null : rest));

    /// <summary>Reads qualifier, number and scale, then lets <paramref name="finish"/> read the rest.</summary>
    private static ParseResult Parse(string text, DiagnosticDescriptor invalid, Func<decimal, Qualifier, string, ParseResult> finish)
    {
        var words = text.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var qualifier = Qualifier.Exact;
        var index = 0;
        foreach (var (qualifierWords, value) in Qualifiers)
        {
            var parts = qualifierWords.Split(' ');
            if (words.Length >= parts.Length && StartsWith(words, parts))
            {
                qualifier = value;
                index = parts.Length;
                break;
            }
        }

        if (index == words.Length)
        {
            return ParseResult.Fail(invalid, text, "write a number, as in 'about 40 million USD' or 'more than 600'");
        }

        if (words[index].Length > 1 && "$€£¥".IndexOf(words[index][0]) >= 0)
        {
            var code = words[index][0] switch { '$' => "USD", '€' => "EUR", '£' => "GBP", _ => "JPY" };
            return ParseResult.Fail(invalid, text, $"write the number, then the currency code, as in '{words[index].Substring(1)} {code}'");
        }

        if (Currencies.Codes.Contains(words[index]) && index + 1 < words.Length && Number.IsMatch(words[index + 1]))
        {
            return ParseResult.Fail(invalid, text, $"write the number first, then the currency code, as in '{string.Join(" ", words, index + 1, words.Length - index - 1)} {words[index]}'");
        }

        if (!Number.IsMatch(words[index]))
        {
            // Words before the first number that are not a qualifier we know: name them and offer the nearest.
            var firstNumber = Array.FindIndex(words, w => Number.IsMatch(w));
            if (qualifier == Qualifier.Exact && firstNumber > 0)
            {
                var written = string.Join(" ", words, 0, firstNumber);
                return ParseResult.Fail(DiagnosticDescriptors.UnknownQualifier, written, Suggestions.DidYouMean(written, Array.ConvertAll(Qualifiers, q => q.Words)));
            }

            return ParseResult.Fail(invalid, text, $"'{words[index]}' is not a number: write digits, with optional thousands commas, as in 250,000 or 1.5");
        }

        if (!decimal.TryParse(words[index].Replace(",", string.Empty), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return ParseResult.Fail(invalid, text, "the number is too large");
        }

        index++;
        if (index < words.Length && Array.FindIndex(Scales, s => string.Equals(s.Word, words[index], StringComparison.OrdinalIgnoreCase)) is var scale and >= 0)
        {
            try
            {
                number *= Scales[scale].Factor;
            }
            catch (OverflowException)
            {
                return ParseResult.Fail(invalid, text, "the number is too large");
            }

            index++;
        }

        return finish(number, qualifier, string.Join(" ", words, index, words.Length - index));
    }

    private static bool StartsWith(string[] words, string[] parts)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (!string.Equals(words[i], parts[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
