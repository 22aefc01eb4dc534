using System;
using System.Globalization;
using System.Linq;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Rendering;

/// <summary>Typed values as a person reads them: <c>about 40,000,000 USD</c>, <c>2018-03</c>, <c>a, b</c>.</summary>
internal static class ValueText
{
    public static string Format(Value value) => value switch
    {
        StringValue s => s.Text,
        TextValue t => t.Markdown,
        IntValue i => i.Number.ToString(CultureInfo.InvariantCulture),
        DecimalValue d => d.Number.ToString(CultureInfo.InvariantCulture),
        BoolValue b => b.Flag ? "true" : "false",
        DateValue d => d.Text,
        UrlValue u => u.Url,
        RefValue r => r.Id,
        EnumValue e => e.Member,
        MoneyValue m => Qualified(m.Qualifier, $"{Number(m.Amount)} {m.Currency}"),
        QuantityValue q => Qualified(q.Qualifier, q.Unit is null ? Number(q.Number) : $"{Number(q.Number)} {q.Unit}"),
        ListValue list => string.Join(", ", list.Items.Select(Format)),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value type."),
    };

    /// <summary>The words a qualifier is written with in front matter: <c>more than</c>.</summary>
    public static string Words(Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "about",
        Qualifier.MoreThan => "more than",
        Qualifier.AtLeast => "at least",
        Qualifier.LessThan => "less than",
        Qualifier.AtMost => "at most",
        _ => string.Empty,
    };

    private static string Qualified(Qualifier qualifier, string text) =>
        qualifier == Qualifier.Exact ? text : $"{Words(qualifier)} {text}";

    private static string Number(decimal number) =>
        number == decimal.Truncate(number)
            ? number.ToString("#,0", CultureInfo.InvariantCulture)
            : number.ToString("#,0.############################", CultureInfo.InvariantCulture);
}
