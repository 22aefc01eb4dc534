using System.Globalization;
using FactBase.Cli.Rendering;
using FactBase.Compiler.Model;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>A value as FactBase reads it, in words: <c>about 40,000,000 USD</c>, <c>June, year not stated</c>.</summary>
internal static class ValueWords
{
    public static string Of(Value value) => value switch
    {
        DateValue date => Date(date),
        _ => ValueText.Format(value),
    };

    /// <summary><c>21 June 2018</c>, <c>June 2018</c>, <c>2018</c>; <c>June, year not stated</c> for <c>--06</c>.</summary>
    public static string Date(DateValue date)
    {
        var month = date.Month is { } m ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) : null;
        var day = date.Day is { } d ? d.ToString(CultureInfo.InvariantCulture) + " " : string.Empty;
        return (date.Year, month) switch
        {
            (int year, null) => year.ToString(CultureInfo.InvariantCulture),
            (int year, _) => $"{day}{month} {year}",
            (null, _) => $"{day}{month}, year not stated",
        };
    }
}
