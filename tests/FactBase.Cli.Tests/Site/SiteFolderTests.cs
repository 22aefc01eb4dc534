using System.IO;
using FactBase.Cli.Site;
using FactBase.Cli.Site.Output;

namespace FactBase.Cli.Tests.Site;

public class SiteFolderTests
{
    [Fact]
    public void A_page_written_twice_into_a_new_folder_keeps_its_last_bytes()
    {
        using var content = new TempContent();
        var folder = SiteFolder.Open(Path.Combine(content.Root, "..", "site"), out _)!;

        folder.Write(new SitePage("facts/a.html", [1, 2, 3]));
        folder.Write(new SitePage("facts/a.html", [4]));

        Assert.Equal([4], File.ReadAllBytes(Path.Combine(folder.Root, "facts/a.html")));
        Assert.Equal(1, folder.Files);
    }

    [Fact]
    public void A_page_written_over_an_earlier_site_keeps_only_its_new_bytes()
    {
        using var content = new TempContent();
        var output = Path.Combine(content.Root, "..", "site");
        SiteFolder.Open(output, out _)!.Write(new SitePage("facts/a.html", [1, 2, 3]));

        var again = SiteFolder.Open(output, out _)!;
        again.Write(new SitePage("facts/a.html", [4]));

        Assert.Equal([4], File.ReadAllBytes(Path.Combine(output, "facts/a.html")));
    }
}
