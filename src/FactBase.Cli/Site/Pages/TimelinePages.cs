using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Rendering;
using FactBase.Cli.Site.Html;
using FactBase.Cli.Site.Model;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// The timeline: every date the facts give, on an axis of months, each drawn over the time it may
/// mean (a year-precision date spans its year, a month-precision date its month, a day is a
/// point); dates with no year in a lane of their own; and the facts that only <c>before</c> and
/// <c>after</c> order, step by step. The bars are drawn by the stylesheet, so it reads without script.
/// </summary>
internal static class TimelinePages
{
    private const string SequencePage = "timeline/order";

    public static IEnumerable<SitePage> Write(SiteContext context)
    {
        var timeline = context.Site.Timeline;
        var sequences = Sequences.Build(context.Site);
        var steps = sequences.SelectMany((sequence, i) => sequence.Select(step => (Sequence: i + 1, Step: step))).ToList();
        var orderPages = Paged(steps, Timeline.OnePageLimit);

        var page = new PageInfo(SitePaths.Timeline, "Timeline");
        var html = Layout.Begin(page, context.Shells, "timeline-page");
        html.Open("header", ("class", "page-head"));
        html.Element("h1", "Timeline");
        html.Element("p", "Each date as precise as its source gives it: a year spans the whole year, a month the whole month, a day is a point. " +
            "Dates with no year have a lane of their own, since they cannot be placed among dates with a year.", ("class", "lead"));
        Legend(html);
        html.Close("header");

        html.Open("section", ("aria-labelledby", "with-year"));
        html.Element("h2", "Dates with a year", ("id", "with-year"));
        if (timeline.Years.Count == 0)
        {
            html.Element("p", "No fact gives a date with a year.", ("class", "muted"));
        }
        else if (timeline.PagePerYear)
        {
            Years(html, timeline, page);
        }
        else
        {
            foreach (var year in timeline.Years)
            {
                Lane(html, year.Key.ToString("0000", CultureInfo.InvariantCulture), $"y-{year.Key}", [.. year], page, context);
            }
        }

        html.Close("section");

        html.Open("section", ("aria-labelledby", "year-not-stated"));
        html.Element("h2", "Year not stated", ("id", "year-not-stated"));
        if (timeline.YearLess.Count == 0)
        {
            html.Element("p", "No fact gives a date without its year.", ("class", "muted"));
        }
        else
        {
            Lane(html, null, "year-not-stated", timeline.YearLess, page, context);
        }

        html.Close("section");

        html.Open("section", ("aria-labelledby", "order"));
        html.Element("h2", "In order, by before and after", ("id", "order"));
        html.Element("p", "Facts whose before and after fields order them, earliest first. Facts on one step are not ordered among themselves.", ("class", "muted"));
        if (steps.Count == 0)
        {
            html.Element("p", "No fact is ordered by before or after.", ("class", "muted"));
        }
        else if (orderPages.Count == 1)
        {
            Steps(html, orderPages[0], page, context);
        }
        else
        {
            html.Open("ul", ("class", "page-links"));
            for (var i = 0; i < orderPages.Count; i++)
            {
                html.Open("li").Link(page.Href($"{SequencePage}-{i + 1}.html"), $"Sequences {orderPages[i][0].Sequence} to {orderPages[i][^1].Sequence}").Close("li");
            }

            html.Close("ul");
        }

        html.Close("section");
        yield return Layout.End(html, page, context.Shells);

        if (timeline.PagePerYear)
        {
            for (var i = 0; i < timeline.Years.Count; i++)
            {
                yield return YearPage(timeline, i, context);
            }
        }

        if (orderPages.Count > 1)
        {
            for (var i = 0; i < orderPages.Count; i++)
            {
                var orderPage = new PageInfo($"{SequencePage}-{i + 1}.html", $"In order, page {i + 1} of {orderPages.Count}");
                var writer = Layout.Begin(orderPage, context.Shells, "timeline-page");
                writer.Open("p", ("class", "eyebrow")).Link(orderPage.Href(SitePaths.Timeline), "Timeline").Close("p");
                writer.Element("h1", orderPage.Title);
                Steps(writer, orderPages[i], orderPage, context);
                yield return Layout.End(writer, orderPage, context.Shells);
            }
        }
    }

    private static SitePage YearPage(Timeline timeline, int index, SiteContext context)
    {
        var year = timeline.Years[index];
        var name = year.Key.ToString("0000", CultureInfo.InvariantCulture);
        var page = new PageInfo(SitePaths.TimelineYear(year.Key), name);
        var html = Layout.Begin(page, context.Shells, "timeline-page");
        html.Open("header", ("class", "page-head"));
        html.Open("p", ("class", "eyebrow")).Link(page.Href(SitePaths.Timeline), "Timeline").Close("p");
        html.Element("h1", name);
        html.Open("nav", ("class", "pager"), ("aria-label", "Years")).Open("ul");
        if (index > 0)
        {
            var previous = timeline.Years[index - 1].Key;
            html.Open("li").Element("a", $"← {previous:0000}", ("href", page.Href(SitePaths.TimelineYear(previous))), ("rel", "prev")).Close("li");
        }

        if (index + 1 < timeline.Years.Count)
        {
            var next = timeline.Years[index + 1].Key;
            html.Open("li").Element("a", $"{next:0000} →", ("href", page.Href(SitePaths.TimelineYear(next))), ("rel", "next")).Close("li");
        }

        html.Close("ul").Close("nav");
        Legend(html);
        html.Close("header");
        Lane(html, name, $"y-{year.Key}", [.. year], page, context);
        return Layout.End(html, page, context.Shells);
    }

    /// <summary>The years, each with how many dates it holds and a link to its page.</summary>
    public static void Years(HtmlWriter html, Timeline timeline, PageInfo page)
    {
        var most = timeline.Years.Max(y => y.Count());
        html.Open("ol", ("class", "years"));
        foreach (var year in timeline.Years)
        {
            var count = year.Count();
            html.Open("li");
            html.Link(page.Href(SitePaths.TimelineYear(year.Key)), year.Key.ToString("0000", CultureInfo.InvariantCulture));
            html.Text(" ").Element("span", LoadedContent.Plural(count, "date"), ("class", "count"));
            html.Element("span", string.Empty, ("class", $"histogram h{(int)System.Math.Ceiling(count * 10.0 / most)}"), ("aria-hidden", "true"));
            html.Close("li");
        }

        html.Close("ol");
    }

    /// <summary>
    /// One lane: an axis of the twelve months, and a row a date with its bar over the time it may mean,
    /// headed by <paramref name="title"/>, or by the heading <paramref name="id"/> names when it is null.
    /// </summary>
    private static void Lane(HtmlWriter html, string? title, string id, IReadOnlyList<DatedFact> dates, PageInfo page, SiteContext context)
    {
        html.Open("section", ("class", "lane"), ("aria-labelledby", id));
        if (title is not null)
        {
            html.Element("h3", title, ("id", id));
        }

        html.Open("div", ("class", "axis"), ("aria-hidden", "true"));
        html.Element("span", string.Empty);
        html.Open("span", ("class", "months"));
        for (var month = 1; month <= 12; month++)
        {
            html.Element("span", DateText.MonthName(month)[..3]);
        }

        html.Close("span").Close("div");
        html.Open("ol", ("class", "lane-items"));
        foreach (var dated in dates)
        {
            var date = dated.Date;
            html.Open("li", ("id", dated.Anchor), ("class", "dated"));
            html.Open("span", ("class", "what"));
            context.Links.Fact(html, dated.Fact.Id, page);
            html.Text(" ");
            context.Links.Kind(html, dated.Fact.Kind, page);
            html.Open("span", ("class", "when"));
            html.Element("time", DateText.Reading(date), ("datetime", date.Year is null ? null : date.Text));
            html.Text($" · {dated.Field}");
            html.Close("span");
            html.Close("span");
            var bar = date switch
            {
                { Month: null } => "bar year-long from-1",
                { Day: null } => $"bar month-long from-{date.Month}",
                _ => $"bar day from-{date.Month} d-{date.Day}",
            };
            html.Open("span", ("class", "track"), ("aria-hidden", "true")).Element("span", string.Empty, ("class", bar), ("title", DateText.Precision(date))).Close("span");
            html.Close("li");
        }

        html.Close("ol");
        html.Close("section");
    }

    private static void Legend(HtmlWriter html)
    {
        html.Open("ul", ("class", "legend"), ("aria-label", "How dates are drawn"));
        html.Open("li").Element("span", string.Empty, ("class", "bar year-long sample")).Text(" a year").Close("li");
        html.Open("li").Element("span", string.Empty, ("class", "bar month-long sample")).Text(" a month").Close("li");
        html.Open("li").Element("span", string.Empty, ("class", "bar day sample")).Text(" a day").Close("li");
        html.Close("ul");
    }

    private static void Steps(HtmlWriter html, IReadOnlyList<(int Sequence, SequenceStep Step)> steps, PageInfo page, SiteContext context)
    {
        foreach (var sequence in steps.GroupBy(s => s.Sequence))
        {
            html.Open("section", ("class", "sequence"), ("aria-labelledby", $"sequence-{sequence.Key}"));
            html.Element("h3", $"Sequence {sequence.Key}", ("id", $"sequence-{sequence.Key}"));
            html.Open("ol", ("class", "steps"));
            foreach (var (_, step) in sequence)
            {
                html.Open("li", ("class", step.IsCycle ? "step cycle" : "step"));
                if (step.IsCycle)
                {
                    html.Element("p", "These facts' before and after fields go round in a circle, so they have no order:", ("class", "warning"));
                }

                html.Open("ul", ("class", "fact-list"));
                foreach (var fact in step.Facts)
                {
                    html.Open("li", ("data-id", fact.Id));
                    context.Links.Fact(html, fact.Id, page);
                    html.Text(" ");
                    context.Links.Kind(html, fact.Kind, page);
                    foreach (var dated in context.Site.Timeline.DatesOf(fact.Id))
                    {
                        html.Text(" ").Element("time", DateText.Reading(dated.Date), ("class", "muted"));
                    }

                    html.Close("li");
                }

                html.Close("ul");
                html.Close("li");
            }

            html.Close("ol");
            html.Close("section");
        }
    }

    /// <summary>Steps in pages of at most <paramref name="limit"/> facts (a larger step keeps a page to itself).</summary>
    private static List<List<(int Sequence, SequenceStep Step)>> Paged(List<(int Sequence, SequenceStep Step)> steps, int limit)
    {
        var pages = new List<List<(int, SequenceStep)>>();
        var current = new List<(int, SequenceStep)>();
        var count = 0;
        foreach (var step in steps)
        {
            if (current.Count > 0 && count + step.Step.Facts.Count > limit)
            {
                pages.Add(current);
                (current, count) = ([], 0);
            }

            current.Add(step);
            count += step.Step.Facts.Count;
        }

        if (current.Count > 0)
        {
            pages.Add(current);
        }

        return pages;
    }
}
