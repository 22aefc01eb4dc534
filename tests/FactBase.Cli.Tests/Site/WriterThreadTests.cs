using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactBase.Cli.Site;
using FactBase.Cli.Site.Output;

namespace FactBase.Cli.Tests.Site;

public class WriterThreadTests
{
    [Fact]
    public void Writes_every_page_handed_over_from_many_threads_before_Finish_returns()
    {
        var written = new List<string>();
        using var writer = new WriterThread(page => written.Add(page.Path));

        Parallel.For(0, 1000, i => writer.Write(new SitePage($"facts/f{i}.html", [])));
        writer.Finish();

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"facts/f{i}.html").Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_write_stops_the_makers_and_is_thrown_by_Finish()
    {
        using var writer = new WriterThread(page => throw new IOException($"disk full at {page.Path}"));

        // The queue holds a few hundred pages: the makers learn of the failure once it has been seen.
        var stopped = Assert.Throws<IOException>(() =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                writer.Write(new SitePage($"facts/f{i}.html", []));
            }
        });

        Assert.Equal("disk full at facts/f0.html", stopped.Message);
        Assert.Equal("disk full at facts/f0.html", Assert.Throws<IOException>(writer.Finish).Message);
    }
}
