using System;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Export;

/// <summary>What a partial date says is known, and the first and last day it may mean.</summary>
internal enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// The days a partial date may mean, as month and day (with the year when the source gives one):
/// <c>2018</c> runs from 1 January to 31 December 2018, <c>--02</c> from 1 to 29 February of
/// a year left unstated (it may be a leap year).
/// </summary>
internal readonly record struct DateSpan(int? Year, int FirstMonth, int FirstDay, int LastMonth, int LastDay, DatePrecision Precision)
{
    /// <summary>A leap year, for the last day of a February whose year is unstated.</summary>
    private const int AnyLeapYear = 2000;

    public static DateSpan Of(DateValue date)
    {
        var precision = date.Day is not null ? DatePrecision.Day : date.Month is not null ? DatePrecision.Month : DatePrecision.Year;
        var firstMonth = date.Month ?? 1;
        var lastMonth = date.Month ?? 12;
        var lastDay = date.Day ?? DateTime.DaysInMonth(date.Year ?? AnyLeapYear, lastMonth);
        return new DateSpan(date.Year, firstMonth, date.Day ?? 1, lastMonth, lastDay, precision);
    }

    /// <summary>The first day, when the year is known.</summary>
    public DateOnly? First => Year is { } year ? new DateOnly(year, FirstMonth, FirstDay) : null;

    /// <summary>The last day, when the year is known.</summary>
    public DateOnly? Last => Year is { } year ? new DateOnly(year, LastMonth, LastDay) : null;

    /// <summary><c>year</c>, <c>month</c> or <c>day</c>, as the exports write it.</summary>
    public string PrecisionName => Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => "year",
    };
}
