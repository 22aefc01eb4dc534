using System;
using System.Collections.Generic;
using System.Linq;

namespace FactBase;

/// <summary>
/// Time: facts by the dates their fields give (<see cref="Fact.Dates"/>), precision-aware. A fact
/// matches when one of its dates certainly does, for every day that date may mean: <c>2018</c> is
/// not "as of <c>2018-06</c>", since it may be December. Dates with an unstated year (<c>--03</c>)
/// compare only with dates with an unstated year. Results are in order of the matching date, then id.
/// </summary>
public sealed partial class KnowledgeBase
{
    /// <summary>The facts dated on or before the end of <paramref name="date"/>: what had happened as of then.</summary>
    public IEnumerable<Fact> AsOf(PartialDate date) => Dated(d => d.IsOnOrBefore(date));

    /// <summary>The facts dated wholly before <paramref name="date"/> begins.</summary>
    public IEnumerable<Fact> Before(PartialDate date) => Dated(d => d.IsBefore(date));

    /// <summary>The facts dated wholly after <paramref name="date"/> ends.</summary>
    public IEnumerable<Fact> After(PartialDate date) => Dated(d => d.IsAfter(date));

    /// <summary>The facts dated within <paramref name="period"/> (in <c>--06</c>: <c>--06</c>, <c>--06-21</c>).</summary>
    public IEnumerable<Fact> During(PartialDate period) => Dated(period.Contains);

    /// <summary>The facts dated within the period from the start of <paramref name="from"/> to the end of <paramref name="through"/>.</summary>
    public IEnumerable<Fact> During(PartialDate from, PartialDate through) => Dated(d => d.IsOnOrAfter(from) && d.IsOnOrBefore(through));

    private IEnumerable<Fact> Dated(Func<PartialDate, bool> matches) =>
        Facts.Select(f => (Fact: f, Dates: f.Dates.Where(d => matches(d.Date)).Select(d => d.Date).ToList()))
            .Where(m => m.Dates.Count > 0)
            .OrderBy(m => m.Dates.Min())
            .ThenBy(m => m.Fact.Id, StringComparer.Ordinal)
            .Select(m => m.Fact);
}
