using System;
using System.Globalization;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Checking;

/// <summary>Types a scalar's text by the schema, never by YAML's guessing: <c>NO</c> is not false, <c>010</c> is not 8.</summary>
public static class ScalarParser
{
    public static ParseResult Parse(string text, ScalarType type) => type switch
    {
        ScalarType.String => new StringValue(text),
        ScalarType.Text => ParseText(text),
        ScalarType.Int => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? new IntValue(number)
            : ParseResult.Fail(DiagnosticDescriptors.InvalidValue, text, "int", "write a whole number between -2147483648 and 2147483647, digits only"),
        ScalarType.Decimal => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new DecimalValue(number)
            : ParseResult.Fail(DiagnosticDescriptors.InvalidValue, text, "decimal", "write digits with an optional '.' and fraction, as in 1.5"),
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
        var (html, plain) = MarkdownRenderer.RenderInline(text, out var problem);
        var value = new TextValue(text, html, plain);
        return problem is null ? value : ParseResult.Warn(value, DiagnosticDescriptors.MarkdownKeptAsText, problem);
    }

    private static ParseResult ParseBool(string text) => text switch
    {
        "true" => new BoolValue(true),
        "false" => new BoolValue(false),
        _ => ParseResult.Fail(DiagnosticDescriptors.InvalidBool, text, LooksTrue(text) ? "true" : "false"),
    };

    /// <summary>What a YAML 1.1 reader would have made of it, to name the fix.</summary>
    private static bool LooksTrue(string text) =>
        text.ToLowerInvariant() is "yes" or "y" or "on" or "true" or "1";
}
