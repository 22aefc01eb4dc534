using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FactBase.Site.Tests;

/// <summary>The site of the shipped content, written once, opened from file:// in Chromium.</summary>
public sealed class ShippedSite : IAsyncLifetime
{
    public SiteFolders Folders { get; } = SiteFolders.OfShipped();

    public Browser Browser { get; } = new();

    public async Task InitializeAsync()
    {
        var (code, error) = Folders.Build();
        Assert.True(code == 0, error);
        await Browser.InitializeAsync();
    }

    public Task<WatchedPage> OpenAsync() => Browser.OpenAsync(Folders.IsOwn);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Folders.Dispose();
    }
}

public class ShippedSiteTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private static readonly PageWaitForFunctionOptions Patience = new() { Timeout = 60_000 };

    [Fact]
    public async Task A_fact_leads_to_a_fact_that_refers_to_it()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.Folders.Url("facts/cbp.html"));

        var group = page.Locator("section.backlink-group").Filter(new() { Has = page.Locator("h3", new() { HasTextRegex = new Regex("^client") }) });
        await group.GetByRole(AriaRole.Link).First.ClickAsync();

        await page.WaitForURLAsync("**/facts/salesforce-cbp-contract.html");
        Assert.StartsWith("Salesforce's contract with U.S. Customs and Border Protection", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task Searching_a_quote_lands_on_the_fact_that_rests_on_it()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.Folders.Url("index.html"));

        // Typographic quotes and case do not matter, as in Kb.Search.
        await page.FillAsync("#site-search", "it's not acceptable to us that a corporation");
        await page.PressAsync("#site-search", "Enter");
        await page.WaitForSelectorAsync("#search-results li");
        await page.Locator("#search-results li").First.GetByRole(AriaRole.Link).ClickAsync();

        await page.WaitForURLAsync(new Regex("/facts/jonathan-ryan-quote\\.html#citation-\\d+$"));
        var cited = page.Locator(".citation:target blockquote");
        Assert.Contains("It’s not acceptable to us that a corporation washes its hands", await cited.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task The_timeline_orders_the_articles_dated_facts()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.Folders.Url("timeline.html"));

        // The article gives months without a year: March for the contract, June for the outrage and the revelation.
        var yearLess = await page.Locator("section[aria-labelledby=year-not-stated] li.dated").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.Equal(["t-salesforce-cbp-contract-announced", "t-june-outrage-on", "t-zero-tolerance-policy-revelation-on"], yearLess);
        Assert.Equal("March, year not stated", await page.Locator("#t-salesforce-cbp-contract-announced time").InnerTextAsync());

        // Facts with no date, in the order their before and after fields give: the petition came after the outrage, the plan after the petition.
        var steps = await page.Locator("ol.steps").First.Locator(":scope > li").EvaluateAllAsync<string[][]>(
            "steps => steps.map(s => Array.from(s.querySelectorAll('[data-id]')).map(f => f.dataset.id))");
        int StepOf(string id) => Array.FindIndex(steps, s => s.Contains(id));
        Assert.True(StepOf("salesforce-cbp-contract") < StepOf("june-outrage"));
        Assert.True(StepOf("june-outrage") < StepOf("salesforce-employee-petition"));
        Assert.True(StepOf("salesforce-employee-petition") < StepOf("salesforce-donation-plan"));
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task The_graph_around_CBP_links_it_to_DHS_and_to_the_contract()
    {
        await using var watched = await OpenAsync("facts/cbp.html", "document.querySelector('.graph-view.local')?.dataset.ready === 'true'");
        var page = watched.Page;

        var edges = await Edges(page, ".graph-view.local");
        Assert.Contains("cbp -parent-> dhs", edges);
        Assert.Contains("salesforce-cbp-contract -client-> cbp", edges);
        Assert.True(await Drawn(page, ".graph-view.local"), "the graph's canvas is blank");
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task The_whole_graph_holds_every_fact_and_the_same_links()
    {
        await using var watched = await OpenAsync("graph.html", "document.querySelector('.graph-view.whole')?.dataset.ready === 'true'");
        var page = watched.Page;

        Assert.Equal(49, await page.EvaluateAsync<int>("() => document.querySelector('.graph-view.whole').factbaseGraph.order"));
        var edges = await Edges(page, ".graph-view.whole");
        Assert.Contains("cbp -parent-> dhs", edges);
        Assert.Contains("salesforce-cbp-contract -client-> cbp", edges);
        Assert.True(await Drawn(page, ".graph-view.whole"), "the graph's canvas is blank");

        // The find box is the way in from the keyboard: it finds a fact, and Enter opens it.
        await page.FillAsync("#graph-find", "homeland");
        await page.WaitForFunctionAsync("() => document.getElementById('graph-find-status').textContent.includes('(dhs)')", null, Patience);
        await page.PressAsync("#graph-find", "Enter");
        await page.WaitForURLAsync("**/facts/dhs.html");
        Assert.Empty(watched.Problems);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("kinds/organization.html")]
    [InlineData("kinds/event.html")]
    [InlineData("facts/raices.html")]
    [InlineData("facts/activists-contract-value-claim.html")]
    [InlineData("sources/reuters-raices-rejects-salesforce-donation.html")]
    [InlineData("timeline.html")]
    [InlineData("graph.html")]
    [InlineData("search.html?q=zero%20tolerance")]
    public async Task Pages_open_without_errors_or_requests_elsewhere(string path)
    {
        await using var watched = await OpenAsync(path);
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(watched.Problems);
        Assert.Equal(1, await watched.Page.Locator("h1").CountAsync());
        Assert.Equal(1, await watched.Page.Locator("main").CountAsync());
    }

    [Fact]
    public async Task Every_page_reads_without_script()
    {
        var context = await NewContextWithoutScript();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Folders.Url("facts/salesforce-donation-to-raices.html"));

        var fields = await page.Locator("dl.fields").InnerTextAsync();
        Assert.Contains("250,000 USD", fields, StringComparison.Ordinal);
        Assert.Contains("rejected", fields, StringComparison.Ordinal);
        Assert.Contains("Salesforce", fields, StringComparison.Ordinal);
        await page.GotoAsync(site.Folders.Url("facts/activists-contract-value-claim.html"));
        Assert.Contains("about 40,000,000 USD", await page.Locator("dl.fields").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("unconfirmed", await page.Locator(".citations").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(site.Folders.Url("facts/salesforce-employee-petition.html"));
        Assert.Contains("more than 600", await page.Locator("dl.fields").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(site.Folders.Url("facts/june-outrage.html"));
        Assert.Contains("June, year not stated", await page.Locator("dl.fields").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(site.Folders.Url("timeline.html"));
        Assert.Equal(3, await page.Locator("section[aria-labelledby=year-not-stated] li.dated").CountAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_kind_table_sorts_and_filters()
    {
        await using var watched = await OpenAsync("kinds/organization.html");
        var page = watched.Page;

        await page.FillAsync("#table-filter", "government");
        var shown = await page.Locator("#facts-table tbody tr:not([hidden]) th").AllInnerTextsAsync();
        Assert.Contains("U.S. Customs and Border Protection", shown);
        Assert.DoesNotContain("Salesforce", shown);

        await page.FillAsync("#table-filter", string.Empty);
        await page.Locator("#facts-table thead").GetByRole(AriaRole.Button, new() { Name = "name", Exact = true }).ClickAsync();
        var names = await page.Locator("#facts-table tbody th").AllInnerTextsAsync();
        Assert.Equal(names.OrderBy(n => n, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true)), names);
        Assert.Equal("ascending", await page.Locator("#facts-table thead th").First.GetAttributeAsync("aria-sort"));
        Assert.Empty(watched.Problems);
    }

    private const string PageReady = "document.documentElement.dataset.ready === 'true'";

    /// <summary>A watched page at <paramref name="path"/>, once <paramref name="ready"/> holds (the page's scripts have run).</summary>
    private async Task<WatchedPage> OpenAsync(string path, string ready = PageReady)
    {
        var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Folders.Url(path));
        await watched.Page.WaitForFunctionAsync($"() => {ready}", null, Patience);
        return watched;
    }

    /// <summary>The edges the page's graph holds, as <c>from -field-> to</c>.</summary>
    private static async Task<string[]> Edges(IPage page, string selector) =>
        await page.EvaluateAsync<string[]>(
            "selector => { const g = document.querySelector(selector).factbaseGraph; " +
            "return g.edges().map(e => g.source(e) + ' -' + g.getEdgeAttribute(e, 'label') + '-> ' + g.target(e)); }",
            selector);

    /// <summary>Whether the graph's canvases hold anything but blank pixels.</summary>
    private static async Task<bool> Drawn(IPage page, string selector)
    {
        var shot = await page.Locator(selector).ScreenshotAsync();
        return shot.Length > 4_000; // a blank area compresses to far less than a drawn graph
    }

    private async Task<IBrowserContext> NewContextWithoutScript()
    {
        var watched = await site.OpenAsync();
        var browser = watched.Page.Context.Browser!;
        await watched.DisposeAsync();
        return await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
    }
}
