using System;
using System.Collections.Generic;
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

    /// <summary>
    /// What writers put before a figure instead of a qualifier, with the qualifier that says the
    /// same ('over 600' is 'more than 600'): too far from the qualifier's spelling for "did you mean"
    /// to find it by edit distance.
    /// </summary>
    private static readonly Dictionary<string, string> QualifierSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["around"] = "about",
        ["approximately"] = "about",
        ["approx."] = "about",
        ["approx"] = "about",
        ["roughly"] = "about",
        ["circa"] = "about",
        ["ca."] = "about",
        ["some"] = "about",
        ["nearly"] = "about",
        ["almost"] = "about",
        ["close to"] = "about",
        ["an estimated"] = "about",
        ["estimated"] = "about",
        ["over"] = "more than",
        ["above"] = "more than",
        ["greater than"] = "more than",
        ["upwards of"] = "more than",
        ["in excess of"] = "more than",
        ["exceeding"] = "more than",
        ["under"] = "less than",
        ["below"] = "less than",
        ["fewer than"] = "less than",
        ["lower than"] = "less than",
        ["no less than"] = "at least",
        ["not less than"] = "at least",
        ["no fewer than"] = "at least",
        ["a minimum of"] = "at least",
        ["minimum"] = "at least",
        ["up to"] = "at most",
        ["no more than"] = "at most",
        ["not more than"] = "at most",
        ["as many as"] = "at most",
        ["as much as"] = "at most",
        ["a maximum of"] = "at most",
        ["maximum"] = "at most",
    };

    /// <summary>The currency code a symbol is read as in the fix a message suggests.</summary>
    private static readonly Dictionary<char, string> Symbols = new()
    {
        ['$'] = "USD",
        ['€'] = "EUR",
        ['£'] = "GBP",
        ['¥'] = "JPY",
    };

    private static readonly Regex Number = new(@"^-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$", RegexOptions.CultureInvariant);

    public static ParseResult ParseMoney(string text) =>
        Parse(text, DiagnosticDescriptors.InvalidMoney, FinishMoney);

    public static ParseResult ParseQuantity(string text) =>
        Parse(text, DiagnosticDescriptors.InvalidQuantity, FinishQuantity);

    private static ParseResult FinishMoney(string text, decimal number, Qualifier qualifier, string rest) =>
        rest.Length == 0 ? ParseResult.Fail(DiagnosticDescriptors.InvalidMoney, text, $"add its currency, as in '{text} USD'")
        : !Currencies.Codes.Contains(rest) ? ParseResult.Fail(DiagnosticDescriptors.UnknownCurrency, rest, CurrencyHint(rest))
        : new MoneyValue(number, rest, qualifier);

    private static ParseResult FinishQuantity(string text, decimal number, Qualifier qualifier, string rest) =>
        new QuantityValue(number, qualifier, rest.Length == 0 ? null : rest);

    /// <summary>"Did you mean" for what stands where the code should: the code of a symbol ('$'), else the nearest code.</summary>
    private static string CurrencyHint(string written) =>
        written.Length == 1 && Symbols.TryGetValue(written[0], out var code)
            ? $" (did you mean '{code}'?)"
            : Suggestions.DidYouMean(written.ToUpperInvariant(), Currencies.Codes);

    /// <summary>Reads qualifier, number and scale, then lets <paramref name="finish"/> read the rest.</summary>
    private static ParseResult Parse(string text, DiagnosticDescriptor invalid, Func<string, decimal, Qualifier, string, ParseResult> finish)
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

        if (words[index].Length > 0 && Symbols.TryGetValue(words[index][0], out var code))
        {
            // The whole value again, qualifier and scale word kept, with the symbol's code at the end:
            // '$40 million' is '40 million USD', never '40 USD'.
            var withCode = new List<string>(words);
            withCode[index] = words[index].Substring(1);
            withCode.RemoveAll(w => w.Length == 0);
            if (withCode.Count == 0 || withCode[withCode.Count - 1] != code)
            {
                withCode.Add(code);
            }

            return ParseResult.Fail(invalid, text, Rewritten(string.Join(" ", withCode), "a currency code after the number, not a symbol", invalid, finish)
                ?? $"write the number without '{words[index][0]}', then a currency code such as {code}");
        }

        if (Currencies.Codes.Contains(words[index]) && index + 1 < words.Length && Number.IsMatch(words[index + 1]))
        {
            var codeLast = new List<string>(words);
            codeLast.RemoveAt(index);
            codeLast.Add(words[index]);
            return ParseResult.Fail(invalid, text, Rewritten(string.Join(" ", codeLast), "the currency code after the number", invalid, finish)
                ?? "write the number first, then the currency code");
        }

        if (!Number.IsMatch(words[index]))
        {
            // Words before the first figure that are not a qualifier we know: name them and offer the one they mean.
            var firstNumber = Array.FindIndex(words, IsFigure);
            if (qualifier == Qualifier.Exact && firstNumber > 0)
            {
                var written = string.Join(" ", words, 0, firstNumber);
                return ParseResult.Fail(DiagnosticDescriptors.UnknownQualifier, written, QualifierHint(written));
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

        return finish(text, number, qualifier, string.Join(" ", words, index, words.Length - index));
    }

    /// <summary>
    /// The fix that writes <paramref name="rewritten"/> in place of the value, when it reads; else null,
    /// for a fix that names no value: copying one that does not read would only lead to another error.
    /// </summary>
    private static string? Rewritten(string rewritten, string why, DiagnosticDescriptor invalid, Func<string, decimal, Qualifier, string, ParseResult> finish) =>
        Parse(rewritten, invalid, finish).Value is not null ? $"write it as '{rewritten}': {why}" : null;

    /// <summary>A number, or a number behind a currency symbol: what a qualifier stands before.</summary>
    private static bool IsFigure(string word) =>
        Number.IsMatch(word) || (word.Length > 1 && Symbols.ContainsKey(word[0]) && Number.IsMatch(word.Substring(1)));

    private static string QualifierHint(string written) =>
        QualifierSynonyms.TryGetValue(written, out var qualifier)
            ? $" (did you mean '{qualifier}'?)"
            : Suggestions.DidYouMean(written, Array.ConvertAll(Qualifiers, q => q.Words));

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
