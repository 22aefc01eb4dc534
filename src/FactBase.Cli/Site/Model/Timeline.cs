using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Site.Model;

/// <summary>One date a fact's field gives, with the anchor of its place on the timeline.</summary>
internal sealed record DatedFact(FactModel Fact, string Field, DateValue Date, string Anchor);

/// <summary>
/// The dates the facts give, laid out for the timeline: dates with a year by year, each in the
/// order of its start (a coarser date first, as <c>PartialDate</c> sorts), and dates with no year in
/// a lane of their own, which no date with a year is compared with. A base with few dated facts
/// has them all on one page; a larger one has a page a year, so no page grows without bound.
/// </summary>
internal sealed class Timeline
{
    /// <summary>At most this many dates with a year are shown on the timeline's own page; more get a page a year.</summary>
    public const int OnePageLimit = 300;

    private readonly Dictionary<(string Fact, string Field), DatedFact> _first = [];
    private readonly Dictionary<string, List<DatedFact>> _byFact = new(StringComparer.Ordinal);

    public Timeline(IEnumerable<FactModel> facts)
    {
        var all = new List<DatedFact>();
        foreach (var fact in facts)
        {
            foreach (var field in fact.Fields)
            {
                var index = 0;
                foreach (var date in Dates(field.Value))
                {
                    var anchor = index++ == 0 ? $"t-{fact.Id}-{field.Name}" : $"t-{fact.Id}-{field.Name}-{index}";
                    var dated = new DatedFact(fact, field.Name, date, anchor);
                    all.Add(dated);
                    _first.TryAdd((fact.Id, field.Name), dated);
                    if (!_byFact.TryGetValue(fact.Id, out var ofFact))
                    {
                        _byFact[fact.Id] = ofFact = [];
                    }

                    ofFact.Add(dated);
                }
            }
        }

        Years = [.. all.Where(d => d.Date.Year is not null)
            .OrderBy(d => d, StartOrder.Instance)
            .GroupBy(d => d.Date.Year!.Value)];
        YearLess = [.. all.Where(d => d.Date.Year is null).OrderBy(d => d, StartOrder.Instance)];
        PagePerYear = Years.Sum(y => y.Count()) > OnePageLimit;
    }

    /// <summary>The dates with a year, by year, in order.</summary>
    public IReadOnlyList<IGrouping<int, DatedFact>> Years { get; }

    /// <summary>The dates with no year (<c>--06</c>), in the order of their month and day.</summary>
    public IReadOnlyList<DatedFact> YearLess { get; }

    public bool PagePerYear { get; }

    /// <summary>The dates a fact's fields give, in field order.</summary>
    public IEnumerable<DatedFact> DatesOf(string factId) => _byFact.TryGetValue(factId, out var list) ? list : [];

    public int Count => Years.Sum(y => y.Count()) + YearLess.Count;

    /// <summary>The page that shows a date of that year: its own page, or the timeline's.</summary>
    public string PageOf(int? year) => year is { } y && PagePerYear ? SitePaths.TimelineYear(y) : SitePaths.Timeline;

    /// <summary>Where the first date of a fact's field stands on the timeline, as a path from the root.</summary>
    public string Href(string factId, string field) =>
        _first.TryGetValue((factId, field), out var dated) ? $"{PageOf(dated.Date.Year)}#{dated.Anchor}" : SitePaths.Timeline;

    private static IEnumerable<DateValue> Dates(Value value) => value switch
    {
        DateValue date => [date],
        ListValue list => list.Items.OfType<DateValue>(),
        _ => [],
    };

    /// <summary>By start, a coarser date before a finer one that starts with it (2018, 2018-01, 2018-01-01), then by fact id.</summary>
    private sealed class StartOrder : IComparer<DatedFact>
    {
        public static readonly StartOrder Instance = new();

        public int Compare(DatedFact? x, DatedFact? y)
        {
            var (a, b) = (x!.Date, y!.Date);
            var order = (a.Year ?? 0).CompareTo(b.Year ?? 0);
            order = order != 0 ? order : (a.Month ?? 0).CompareTo(b.Month ?? 0);
            order = order != 0 ? order : (a.Day ?? 0).CompareTo(b.Day ?? 0);
            order = order != 0 ? order : string.CompareOrdinal(x.Fact.Id, y.Fact.Id);
            return order != 0 ? order : string.CompareOrdinal(x.Field, y.Field);
        }
    }
}
