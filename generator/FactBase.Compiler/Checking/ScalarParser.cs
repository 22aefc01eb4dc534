using System;
using System.Globalization;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;
using FactBase.Rendering;

namespace FactBase.Compiler.Checking;

/// <summary>Types a scalar's text by the schema, never by YAML's guessing: <c>NO</c> is not false, <c>010</c> is not 8.</summary>
public static class ScalarParser
{
    public static ParseResult Parse(string text, ScalarType type) => type switch
    {
        ScalarType.String => new StringValue(text),
        ScalarType.Text => ParseText(text),
        ScalarType.Int => IsNumber(text, fraction: false) && int.TryParse(text.Replace(",", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? new IntValue(number)
            : ParseResult.Fail(DiagnosticDescriptors.InvalidValue, text, "int", "write a whole number between -2,147,483,648 and 2,147,483,647: digits, with optional thousands commas"),
        ScalarType.Decimal => IsNumber(text, fraction: true) && decimal.TryParse(text.Replace(",", string.Empty), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new DecimalValue(number)
            : ParseResult.Fail(DiagnosticDescriptors.InvalidValue, text, "decimal", "write digits with optional thousands commas and an optional '.' and fraction, as in 1,250.5"),
        ScalarType.Bool => ParseBool(text),
        ScalarType.Date => DateParser.Parse(text),
        ScalarType.Money => AmountParser.ParseMoney(text),
        ScalarType.Quantity => AmountParser.ParseQuantity(text),
        ScalarType.Url => Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
            ? new UrlValue(text)
            : ParseResult.Fail(DiagnosticDescriptors.InvalidValue, text, "url", "write an absolute http or https address, as in https://example.org/page"),
        _ => ParseResult.Fail(DiagnosticDescriptors.InvalidValue, text, type.ToString(), "unsupported type"),
    };

    private static ParseResult ParseText(string text)
    {
        MarkdownRenderer.Check(text, out var problem, summarize: false);
        var value = new TextValue(text);
        return problem is null ? value : ParseResult.Warn(value, DiagnosticDescriptors.MarkdownKeptAsText, problem);
    }

    // Digits in thousands groups or plain, an optional sign and fraction: the same numbers money and quantities take.
    private static readonly System.Text.RegularExpressions.Regex WholeNumber = new(@"^-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex Fraction = new(@"^-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsNumber(string text, bool fraction) => text.Length <= 64 && (fraction ? Fraction : WholeNumber).IsMatch(text);

    // Shared: a checked fact lives as long as the generator's caches.
    private static readonly BoolValue True = new(true);
    private static readonly BoolValue False = new(false);

    private static ParseResult ParseBool(string text) => text switch
    {
        "true" => True,
        "false" => False,
        _ => ParseResult.Fail(DiagnosticDescriptors.InvalidBool, text, YamlOneOneMeaning(text)),
    };

    /// <summary>What a YAML 1.1 reader would have made of it, to name the fix; both when it is no bool at all.</summary>
    private static string YamlOneOneMeaning(string text) => text.ToLowerInvariant() switch
    {
        "yes" or "y" or "on" or "true" or "1" => "true",
        "no" or "n" or "off" or "false" or "0" => "false",
        _ => "true' or 'false",
    };
}
