using System;

namespace FactBase.Cli.Site;

/// <summary>
/// Where each page lives in the site, from its root. Every link is relative (<see cref="From"/>),
/// so the site works from any folder of any host and from <c>file://</c>. Ids and kinds are
/// kebab-case, so they are safe in a path as they are; anything else is escaped all the same.
/// </summary>
internal static class SitePaths
{
    public const string Home = "index.html";
    public const string Timeline = "timeline.html";
    public const string Graph = "graph.html";
    public const string Search = "search.html";
    public const string Assets = "assets/";

    public static string Fact(string id) => $"facts/{Segment(id)}.html";

    public static string Source(string id) => $"sources/{Segment(id)}.html";

    /// <summary>A kind's table; page 2 on is <c>kinds/person.2.html</c> (a dot is never in a kind's id).</summary>
    public static string Kind(string kind, int page = 1) =>
        page == 1 ? $"kinds/{Segment(kind)}.html" : $"kinds/{Segment(kind)}.{page}.html";

    public static string TimelineYear(int year) => $"timeline/{year:0000}.html";

    /// <summary>The prefix that leads from <paramref name="page"/> back to the root: <c>../</c> from <c>facts/x.html</c>.</summary>
    public static string RootFrom(string page)
    {
        var depth = 0;
        foreach (var c in page)
        {
            depth += c == '/' ? 1 : 0;
        }

        return string.Concat(System.Linq.Enumerable.Repeat("../", depth));
    }

    private static string Segment(string name) => Uri.EscapeDataString(name);
}
