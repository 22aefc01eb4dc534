using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Compiler.Model;

/// <summary>How a figure relates to the truth: exact, or "about", "more than"...</summary>
public enum Qualifier
{
    Exact,
    About,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
}

/// <summary>A field's value, typed by the schema.</summary>
public abstract record Value;

public sealed record StringValue(string Text) : Value;

/// <summary>Inline Markdown, compiled at build time.</summary>
public sealed record TextValue(string Markdown) : Value;

public sealed record IntValue(int Number) : Value;

public sealed record DecimalValue(decimal Number) : Value;

public sealed record BoolValue(bool Flag) : Value;

/// <summary>A date with its precision: a year, a month, a day; the year may be unstated (<c>--03</c>).</summary>
public sealed record DateValue(int? Year, int? Month, int? Day) : Value
{
    /// <summary>The date as written in its precision: <c>2018</c>, <c>2018-03</c>, <c>--03-21</c>.</summary>
    public string Text =>
        (Year is { } y ? y.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) : "-")
        + (Month is { } m ? "-" + m.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + (Day is { } d ? "-" + d.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}

public sealed record MoneyValue(decimal Amount, string Currency, Qualifier Qualifier) : Value;

public sealed record QuantityValue(decimal Number, Qualifier Qualifier, string? Unit) : Value;

public sealed record UrlValue(string Url) : Value;

/// <summary>The id of another fact, with where it is written, so a dangling ref points at itself.</summary>
public sealed record RefValue(string Id, SourceSpan Span) : Value;

public sealed record EnumValue(string Member) : Value;

public sealed record ListValue(EquatableArray<Value> Items) : Value;
