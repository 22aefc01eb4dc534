using System.Text;
using FactBase.Cli.Site;
using FactBase.Cli.Site.Pages;

namespace FactBase.Cli.Tests.Site;

public class PageShellsTests
{
    public static TheoryData<bool> LiveReload => new() { false, true };

    /// <summary>
    /// Pages that differ in every way the shell depends on, in an order where a shell kept under too
    /// coarse a key would be handed to a page it does not fit: each must read as if its whole shell
    /// were written for it.
    /// </summary>
    [Theory]
    [MemberData(nameof(LiveReload))]
    public void A_page_in_its_shared_shell_reads_as_the_page_written_whole(bool liveReload)
    {
        var options = new SiteOptions("Facts <&> \u202Eus", liveReload);
        const string footer = "Written from </footer><script>alert(1)</script>";
        var shells = new PageShells(options, footer);
        (PageInfo Page, string? BodyClass)[] pages =
        [
            (new PageInfo(SitePaths.Home, options.Title), "home-page"),
            (new PageInfo(SitePaths.Timeline, "Timeline"), "timeline-page"),
            (new PageInfo("facts/a.html", "A <b>fact</b>", PageScripts.Graph), "fact-page"),
            (new PageInfo("facts/b.html", "B \u202Efact", PageScripts.Graph), "fact-page"),
            (new PageInfo("facts/b.html", "B", PageScripts.Site), "fact-page"),
            (new PageInfo("kinds/person.html", "person"), "kind-page"),
            (new PageInfo("kinds/person.html", "person"), null),
            (new PageInfo(SitePaths.Graph, "Graph", PageScripts.Graph), "graph-page"),
            (new PageInfo(SitePaths.Search, "Search"), "search-page"),
            (new PageInfo(SitePaths.Search, "Search"), "home-page"),
            (new PageInfo("about.html", "About"), "home-page"),
            (new PageInfo("timeline/2025.html", "2025"), "timeline-page"),
            (new PageInfo(SitePaths.Home, options.Title), "home-page"),
        ];

        foreach (var (page, bodyClass) in pages)
        {
            var shared = Layout.End(Layout.Begin(page, shells, bodyClass).Text("the page's own"), page, shells).Bytes;
            var whole = Layout.End(Layout.Begin(page, options, bodyClass).Text("the page's own"), footer);

            Assert.Equal(Encoding.UTF8.GetString(whole), Encoding.UTF8.GetString(shared));
        }
    }
}
