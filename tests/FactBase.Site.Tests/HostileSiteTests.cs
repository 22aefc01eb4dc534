using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FactBase.Site.Tests;

/// <summary>
/// The shipped content with facts written to break out of a page: the strings the generator
/// survives (<c>&lt;/script&gt;</c>, bidi overrides) in names, lists, quotes, notes, text fields and
/// bodies, raw HTML and <c>javascript:</c> links in Markdown, and <c>javascript:</c> in a url field.
/// Every one of them must reach the page as text, and no script of theirs may run.
/// </summary>
public sealed class HostileSite : IAsyncLifetime
{
    /// <summary>What each hostile script would do if it ran.</summary>
    public const string Pwned = "window.__pwned";

    public const string ScriptName = "</script><script>window.__pwned=1</script>";
    public const string Bidi = "\u202Eevil\u202C and more";

    public SiteFolders Folders { get; } = SiteFolders.OfShipped(
        ("places/hostile.md", "---\nkind: place\n" +
            "name: \"</script><script>window.__pwned=1</script>\"\n" +
            "aliases: [\"<img src=x onerror=window.__pwned=1>\", \"\\u202Eevil\\u202C and more\", \"\\\" onmouseover=\\\"window.__pwned=1\"]\n" +
            "description: \"<script>window.__pwned=1</script> and [a link](javascript:window.__pwned=1)\"\n" +
            "part-of: texas\n" +
            "sources:\n" +
            "  - source: reuters-raices-rejects-salesforce-donation\n" +
            "    quote: \"</script><script>window.__pwned=1</script>\"\n" +
            "    note: \"javascript:window.__pwned=1 \\u202E reversed?\"\n" +
            "---\n" +
            "Raw <script>window.__pwned=1</script> and <img src=x onerror=\"window.__pwned=1\"> in the body.\n\n" +
            "[a javascript link](javascript:window.__pwned=1), [another](JaVaScRiPt:window.__pwned=1), <javascript:window.__pwned=1>, " +
            "[data](data:text/html,<script>window.__pwned=1</script>) and ![an image elsewhere](https://example.com/x.png).\n\n" +
            "<iframe src=\"javascript:window.__pwned=1\"></iframe>\n\n# A heading in a body\n"),
        ("sources/hostile-source.md", "---\nkind: source\ntitle: \"Hostile <b>source</b> \\u202E\"\npublisher: reuters\nreporters: [joseph-menn]\n" +
            "url: \"https://example.com/?q=\\\"><script>window.__pwned=1</script>\"\n---\n"),
        ("sources/javascript-url.md", "---\nkind: source\ntitle: A source with a script for an address\npublisher: reuters\nreporters: [joseph-menn]\nurl: \"javascript:window.__pwned=1\"\n---\n"));

    public Browser Browser { get; } = new();

    /// <summary>Exit code of <c>factbase site</c>: the <c>javascript:</c> url is a content error.</summary>
    public int Code { get; private set; }

    public async Task InitializeAsync()
    {
        (Code, _) = Folders.Build();
        await Browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Folders.Dispose();
    }
}

public class HostileSiteTests(HostileSite site) : IClassFixture<HostileSite>
{
    private static readonly PageWaitForFunctionOptions Patience = new() { Timeout = 60_000 };

    [Fact]
    public void A_javascript_url_is_a_content_error_and_the_rest_is_written() =>
        Assert.Equal(1, site.Code);

    [Fact]
    public async Task No_script_from_content_runs_on_any_page()
    {
        var pages = Directory.EnumerateFiles(site.Folders.Site, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(site.Folders.Site, p))
            .ToList();
        Assert.Contains(Path.Combine("facts", "hostile.html"), pages);
        await using var watched = await site.Browser.OpenAsync(site.Folders.IsOwn);
        foreach (var path in pages)
        {
            await watched.Page.GotoAsync(site.Folders.Url(path));
            await watched.Page.WaitForFunctionAsync("() => document.documentElement.dataset.ready === 'true'", null, Patience);
            await watched.Page.Mouse.MoveAsync(300, 300);
            Assert.True(await watched.Page.EvaluateAsync<bool>($"() => {HostileSite.Pwned} === undefined"), $"a script from content ran on {path}");
            Assert.Equal(0, await watched.Page.Locator("script:not([src])").CountAsync());
            Assert.Equal(0, await watched.Page.Locator("a[href^='javascript' i], iframe, img, object, embed").CountAsync());
        }

        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task Hostile_strings_read_as_the_text_they_are()
    {
        await using var watched = await site.Browser.OpenAsync(site.Folders.IsOwn);
        var page = watched.Page;
        await page.GotoAsync(site.Folders.Url("facts/hostile.html"));
        await page.WaitForFunctionAsync("() => document.querySelector('.graph-view.local')?.dataset.ready === 'true'", null, Patience);

        Assert.Equal(HostileSite.ScriptName, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(HostileSite.ScriptName, await page.Locator(".citation blockquote").InnerTextAsync());
        Assert.Contains("Raw <script>window.__pwned=1</script> and <img", await page.Locator("section.body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("a javascript link", await page.Locator("section.body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("section.body h1, section.body h2").CountAsync());

        // A bidi override in a value is isolated: it turns its own text around, not the page's.
        Assert.Equal(HostileSite.Bidi, await page.Locator("dl.fields bdi").First.InnerTextAsync());
        Assert.Equal("ref<place>?", await page.Locator("dl.fields .field", new() { HasText = "part-of" }).Locator(".type").InnerTextAsync());

        // The graph holds the name as data, and draws it as text.
        Assert.Equal(HostileSite.ScriptName, await page.EvaluateAsync<string>("() => document.querySelector('.graph-view.local').factbaseGraph.getNodeAttribute('hostile', 'label')"));
        Assert.True(await page.EvaluateAsync<bool>($"() => {HostileSite.Pwned} === undefined"));
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task Search_shows_hostile_text_as_text()
    {
        await using var watched = await site.Browser.OpenAsync(site.Folders.IsOwn);
        var page = watched.Page;
        await page.GotoAsync(site.Folders.Url("search.html") + "?q=" + Uri.EscapeDataString("<script>window.__pwned"));
        await page.WaitForSelectorAsync("#search-results li");

        Assert.Contains(HostileSite.ScriptName, await page.Locator("#search-results").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>($"() => {HostileSite.Pwned} === undefined"));
        Assert.Empty(watched.Problems);
    }
}
