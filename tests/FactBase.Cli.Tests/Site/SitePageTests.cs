using System;
using System.Collections.Generic;
using System.Text;
using FactBase.Cli.Site;
using FactBase.Cli.Site.Html;
using FactBase.Cli.Site.Output;

namespace FactBase.Cli.Tests.Site;

public class SitePageTests
{
    [Fact]
    public void A_page_made_by_a_writer_holds_exactly_its_bytes_in_a_lent_buffer_and_has_none_once_released()
    {
        var page = new HtmlWriter().Open("p").Text("café </p>").Close("p").ToPage("facts/a.html");

        Assert.Equal("<p>café &lt;/p&gt;</p>", Encoding.UTF8.GetString(page.Bytes));
        Assert.Equal(page.Bytes.Length, page.Length);
        Assert.Equal(page.Bytes.ToArray(), page.ToArray());

        page.Release();
        page.Release();
        Assert.Throws<ObjectDisposedException>(() => page.Bytes.Length);
    }

    [Fact]
    public void A_page_with_an_array_of_its_own_keeps_it_when_released()
    {
        byte[] bytes = [1, 2, 3];
        var page = new SitePage("assets/a.js", bytes);

        page.Release();

        Assert.Same(bytes, page.ToArray());
        Assert.Equal(bytes, page.Bytes.ToArray());
    }

    [Fact]
    public void The_writer_thread_hands_each_page_back_once_written()
    {
        var written = new List<string>();
        var pages = new List<SitePage>();
        using (var writer = new WriterThread(page => written.Add(Encoding.UTF8.GetString(page.Bytes))))
        {
            for (var i = 0; i < 3; i++)
            {
                var page = new HtmlWriter().Text($"page {i}").ToPage($"facts/f{i}.html");
                pages.Add(page);
                writer.Write(page);
            }

            writer.Finish();
        }

        Assert.Equal(["page 0", "page 1", "page 2"], written);
        Assert.All(pages, page => Assert.Throws<ObjectDisposedException>(() => page.Bytes.Length));
    }
}
