using System.Text.RegularExpressions;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;

namespace FactBase.Compiler.Checking;

/// <summary>
/// Dates in their precision: <c>2018</c>, <c>2018-03</c>, <c>2018-06-21</c>, and the ISO 8601
/// year-less forms <c>--03</c> and <c>--03-21</c> for sources that name a month but no year.
/// </summary>
public static class DateParser
{
    private static readonly Regex Shape = new(@"^(?:(?<y>[0-9]{4})|-)(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?$", RegexOptions.CultureInvariant);

    private static readonly int[] DaysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static ParseResult Parse(string text)
    {
        var match = text.Length <= 10 ? Shape.Match(text) : Match.Empty;
        if (!match.Success || (!match.Groups["y"].Success && !match.Groups["m"].Success))
        {
            return Fail(text, "write YYYY, YYYY-MM or YYYY-MM-DD (or --MM, --MM-DD when the year is not known)");
        }

        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (year == 0)
        {
            return Fail(text, "there is no year 0000");
        }

        if (month is < 1 or > 12)
        {
            return Fail(text, $"there is no month {month:00}");
        }

        if (day is { } d && month is { } m)
        {
            var leap = year is not { } y || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
            var days = m == 2 && !leap ? 28 : DaysInMonth[m - 1];
            if (d < 1 || d > days)
            {
                return Fail(text, $"month {m:00}{(year is null ? string.Empty : $" of {year}")} has {days} days");
            }
        }

        return new DateValue(year, month, day);
    }

    private static ParseResult Fail(string text, string fix) => ParseResult.Fail(DiagnosticDescriptors.InvalidDate, text, fix);
}
