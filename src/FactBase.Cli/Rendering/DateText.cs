using System.Globalization;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Rendering;

/// <summary>
/// A date as a person reads it, in the precision its source gives: <c>2018</c>, <c>March 2018</c>,
/// <c>21 June 2018</c>, and for a date with no year, <c>June, year not stated</c>. The written form
/// (<see cref="DateValue.Text"/>, <c>--06</c>) is what <c>show</c> prints; this is for prose.
/// </summary>
internal static class DateText
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Reading(DateValue date)
    {
        var month = date.Month is { } m ? Months[m - 1] : null;
        var dayAndMonth = date.Day is { } d ? $"{d.ToString(CultureInfo.InvariantCulture)} {month}" : month;
        return date.Year is { } year
            ? dayAndMonth is null ? year.ToString("0000", CultureInfo.InvariantCulture) : $"{dayAndMonth} {year.ToString("0000", CultureInfo.InvariantCulture)}"
            : $"{dayAndMonth}, year not stated";
    }

    /// <summary>The month's name, for an axis: <c>March</c>.</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>What the precision means: <c>some day in March 2018</c>, for a reader who wonders why a bar is long.</summary>
    public static string Precision(DateValue date) => (date.Year, date.Month, date.Day) switch
    {
        (_, null, _) => "year precision: some day in that year",
        (_, _, null) => "month precision: some day in that month",
        _ => "day precision",
    };
}
