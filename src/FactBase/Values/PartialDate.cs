using System;
using System.Globalization;
using System.Linq;

namespace FactBase;

/// <summary>How much of a date the source gives.</summary>
public enum DatePrecision
{
    /// <summary>A year: <c>2018</c>.</summary>
    Year,

    /// <summary>A month: <c>2018-03</c>, or <c>--03</c> with the year unstated.</summary>
    Month,

    /// <summary>A day: <c>2018-06-21</c>, or <c>--06-21</c> with the year unstated.</summary>
    Day,
}

/// <summary>
/// A date with its precision, as the source gives it: a year, a month or a day, and for
/// sources that name a month but no year, a month or day of an unstated year. Comparisons
/// are precision-aware: <c>2018</c> is neither before nor after <c>2018-06</c>, it contains it.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>A date of the given precision; leave out the parts the source does not give.</summary>
    public PartialDate(int? year, int? month = null, int? day = null)
    {
        if (year is null && month is null)
        {
            throw new ArgumentException("A date needs a year or a month.", nameof(month));
        }

        if (day is not null && month is null)
        {
            throw new ArgumentException("A day needs a month.", nameof(day));
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "No such day in that month.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, or null when the source does not state it.</summary>
    public int? Year { get; }

    /// <summary>The month (1 to 12), or null for a year.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null.</summary>
    public int? Day { get; }

    /// <summary>Whether the year is stated.</summary>
    public bool HasYear => Year is not null;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Reads <c>2018</c>, <c>2018-03</c>, <c>2018-06-21</c>, <c>--03</c> or <c>--03-21</c>.</summary>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var yearless = text.StartsWith("--", StringComparison.Ordinal);
        var parts = (yearless ? text[2..] : text).Split('-');
        int Part(int i) => parts[i].Length == (i == 0 && !yearless ? 4 : 2) && parts[i].All(char.IsAsciiDigit)
            ? int.Parse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture)
            : throw new FormatException($"'{text}' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD.");
        if (parts.Length > (yearless ? 2 : 3))
        {
            throw new FormatException($"'{text}' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD.");
        }

        return yearless
            ? new PartialDate(null, Part(0), parts.Length > 1 ? Part(1) : null)
            : new PartialDate(Part(0), parts.Length > 1 ? Part(1) : null, parts.Length > 2 ? Part(2) : null);
    }

    /// <summary>Whether this date ends before <paramref name="other"/> begins. False when that cannot be told.</summary>
    public bool IsBefore(PartialDate other) => Comparable(other) && End() < other.Start();

    /// <summary>Whether this date begins after <paramref name="other"/> ends. False when that cannot be told.</summary>
    public bool IsAfter(PartialDate other) => Comparable(other) && Start() > other.End();

    /// <summary>Whether the two dates may share a day: each begins before the other ends.</summary>
    public bool Overlaps(PartialDate other) => Comparable(other) && Start() <= other.End() && other.Start() <= End();

    /// <summary>
    /// Whether this date certainly falls on or before the end of <paramref name="other"/>: every day it may
    /// mean does (<c>2018-03</c> and <c>2018-06-30</c> are on or before <c>2018-06</c>; <c>2018</c> is not, it may be December).
    /// False when that cannot be told.
    /// </summary>
    public bool IsOnOrBefore(PartialDate other) => Comparable(other) && End() <= other.End();

    /// <summary>
    /// Whether this date certainly falls on or after the start of <paramref name="other"/>: every day it may
    /// mean does (<c>2018-06-30</c> and <c>2018-07</c> are on or after <c>2018-06</c>; <c>2018</c> is not). False when that cannot be told.
    /// </summary>
    public bool IsOnOrAfter(PartialDate other) => Comparable(other) && Start() >= other.Start();

    /// <summary>Whether <paramref name="other"/> lies wholly within this date (<c>2018</c> contains <c>2018-06</c>).</summary>
    public bool Contains(PartialDate other) => Comparable(other) && Start() <= other.Start() && other.End() <= End();

    /// <summary>
    /// Orders by start, then coarser first: <c>2018</c>, <c>2018-01</c>, <c>2018-01-01</c>, <c>2018-02</c>.
    /// Dates with an unstated year sort after those with one.
    /// </summary>
    public int CompareTo(PartialDate other)
    {
        var byYearKnown = other.HasYear.CompareTo(HasYear);
        if (byYearKnown != 0)
        {
            return byYearKnown;
        }

        var byStart = Start().CompareTo(other.Start());
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>As written, in its precision: <c>2018-03</c>, <c>--03</c>.</summary>
    public override string ToString() =>
        (Year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "-")
        + (Month is { } m ? "-" + m.ToString("00", CultureInfo.InvariantCulture) : string.Empty)
        + (Day is { } d ? "-" + d.ToString("00", CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>Dates compare when both state their year or neither does (then they share the unstated year).</summary>
    private bool Comparable(PartialDate other) => HasYear == other.HasYear && (Year is not null || Month is not null) && (other.Year is not null || other.Month is not null);

    // A leap year stands in for an unstated one, so that --02-29 is a day.
    private DateOnly Start() => new(Year ?? 2000, Month ?? 1, Day ?? 1);

    private DateOnly End() => Day is not null ? Start()
        : Month is { } m ? new DateOnly(Year ?? 2000, m, DateTime.DaysInMonth(Year ?? 2000, m))
        : new DateOnly(Year ?? 2000, 12, 31);
}
