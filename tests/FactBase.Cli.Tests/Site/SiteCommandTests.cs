using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactBase.Cli.Commands;
using FactBase.Cli.Site;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests.Site;

public class SiteCommandTests
{
    private static (int Code, string Output, string Error) Site(string content, string output) =>
        Run.Capture((o, e) => SiteCommand.Run(content, output, SiteOptions.Default, ReadOptions.Default, o, e));

    [Fact]
    public void Writes_every_page_of_the_shipped_content_under_200_KB()
    {
        using var content = TempContent.CopyOfShipped();
        var output = Path.Combine(content.Root, "..", "site");

        var (code, stdout, error) = Site(content.Root, output);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        Assert.Contains("open ", stdout, StringComparison.Ordinal);
        foreach (var page in (string[])["index.html", "timeline.html", "graph.html", "search.html", "facts/raices.html", "kinds/organization.html",
            "sources/reuters-raices-rejects-salesforce-donation.html", "graph-data.js", "search-index.js", "assets/site.css", "assets/site.js",
            "assets/graph.js", "assets/vendor/sigma.min.js", "assets/vendor/sigma.LICENSE.txt", "assets/vendor/graphology.umd.min.js", "assets/vendor/graphology.LICENSE.txt"])
        {
            Assert.True(File.Exists(Path.Combine(output, page)), page);
        }

        Assert.Equal(49, Directory.GetFiles(Path.Combine(output, "facts")).Length);
        Assert.All(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories), page => Assert.True(new FileInfo(page).Length < 200 * 1024, page));
    }

    [Fact]
    public void Every_link_between_pages_leads_to_a_file_of_the_site()
    {
        using var content = TempContent.CopyOfShipped();
        var output = Path.Combine(content.Root, "..", "site");
        Site(content.Root, output);

        var links = 0;
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match link in Regex.Matches(File.ReadAllText(page), "(?:href|src)=\"([^\"]*)\""))
            {
                var target = link.Groups[1].Value.Split('#', '?')[0];
                if (target.Length == 0 || target.Contains(':', StringComparison.Ordinal))
                {
                    continue; // within the page, or an address of the content's
                }

                links++;
                var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(target)));
                Assert.True(file.StartsWith(Path.GetFullPath(output) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file),
                    $"{Path.GetRelativePath(output, page)} links to {target}, which is not a file of the site");
            }
        }

        Assert.True(links > 1000, $"only {links} links were followed");
    }

    [Fact]
    public void The_same_content_gives_the_same_bytes()
    {
        using var content = TempContent.CopyOfShipped();
        var first = Path.Combine(content.Root, "..", "first");
        var second = Path.Combine(content.Root, "..", "second");

        Site(content.Root, first);
        Site(content.Root, second);

        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file));
    }

    [Fact]
    public void Writing_again_removes_the_pages_of_facts_that_are_gone()
    {
        using var content = TempContent.CopyOfShipped();
        var output = Path.Combine(content.Root, "..", "site");
        Site(content.Root, output);
        Assert.True(File.Exists(Path.Combine(output, "facts/mexico.html")));

        File.Delete(content.PathOf("places/mexico.md"));
        var (code, _, _) = Site(content.Root, output);

        Assert.Equal(ExitCodes.ContentErrors, code); // refs to mexico dangle now
        Assert.False(File.Exists(Path.Combine(output, "facts/mexico.html")));
        Assert.True(File.Exists(Path.Combine(output, "facts/texas.html")));
    }

    [Fact]
    public void Refuses_a_folder_that_holds_other_files_and_leaves_it_alone()
    {
        using var content = TempContent.CopyOfShipped();
        var output = Path.Combine(content.Root, "..", "mine");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "keep me");

        var (code, _, error) = Site(content.Root, output);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("is not empty and is not a site factbase wrote", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Exits_2_for_a_missing_folder() =>
        Assert.Equal(ExitCodes.UsageError, Site("/no/such/folder", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).Code);

    [Fact]
    public void Content_errors_exit_1_and_the_site_holds_what_compiled()
    {
        using var content = TempContent.CopyOfShipped();
        content.Write("places/broken.md", "---\nkind: place\npart-of: nowhere-at-all\n---\n");
        content.Write("places/bad-value.md", "---\nkind: place\nname: [not, a, string]\n---\n");
        var output = Path.Combine(content.Root, "..", "site");

        var (code, _, error) = Site(content.Root, output);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("broken.md(3,10): error FB0302", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "facts/raices.html")));
        Assert.Contains("no fact has this id", File.ReadAllText(Path.Combine(output, "facts/broken.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_in_a_circle_of_before_and_after_are_shown_as_such()
    {
        using var content = new TempContent(
            ("kinds/event.md", "---\nkind: kind\nfields:\n  before: list<ref<event>>?\n  after: list<ref<event>>?\n---\n"),
            ("events/a.md", "---\nkind: event\nbefore: [b]\n---\nA."),
            ("events/b.md", "---\nkind: event\nbefore: [a]\n---\nB."),
            ("events/c.md", "---\nkind: event\nbefore: [a]\n---\nC."));
        var output = Path.Combine(content.Root, "..", "site");

        var (code, _, _) = Site(content.Root, output);

        Assert.Equal(ExitCodes.Success, code);
        var timeline = File.ReadAllText(Path.Combine(output, "timeline.html"));
        Assert.Contains("go round in a circle", timeline, StringComparison.Ordinal);
        Assert.True(timeline.IndexOf("data-id=\"c\"", StringComparison.Ordinal) < timeline.IndexOf("data-id=\"a\"", StringComparison.Ordinal));
    }
}
