using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.Commands;
using FactBase.Cli.Site;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;
using Microsoft.Playwright;

namespace FactBase.Benchmarks;

/// <summary>
/// The screenshots in docs/ (site-*.png): the site of the shipped content in Debian's Chromium, and
/// <c>serve</c> showing a content error. Not a benchmark, but it drives the same browser.
/// </summary>
internal static class Screenshots
{
    private const string Title = "Immigration defense group rejects donation";

    public static async Task Take(string docs)
    {
        docs = Path.GetFullPath(docs);
        var work = Path.Combine(Path.GetTempPath(), "factbase-screenshots-" + Guid.NewGuid().ToString("N"));
        var site = Path.Combine(work, "site");
        SiteCommand.Run("content", site, new SiteOptions(Title), ReadOptions.Default, TextWriter.Null, Console.Error);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });

        async Task Shot(string url, string name, string? ready = null, bool fullPage = false)
        {
            await page.GotoAsync(url);
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.ready === 'true'");
            if (ready is not null)
            {
                await page.WaitForFunctionAsync($"() => {ready}");
                await page.WaitForTimeoutAsync(500); // the camera's first animation
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, name), FullPage = fullPage });
            Console.WriteLine(Path.Combine(docs, name));
        }

        string File(string path) => new Uri(Path.Combine(site, path)).AbsoluteUri;
        await Shot(File("index.html"), "site-home.png");
        await Shot(File("facts/cbp.html"), "site-fact.png", "document.querySelector('.graph-view.local')?.dataset.ready === 'true'", fullPage: true);
        await Shot(File("timeline.html"), "site-timeline.png", fullPage: true);
        await Shot(File("graph.html"), "site-graph.png", "document.querySelector('.graph-view.whole')?.dataset.ready === 'true'");
        await Shot(File("sources/reuters-raices-rejects-salesforce-donation.html"), "site-source.png");

        // serve, with an error in a copy of the content.
        var content = Path.Combine(work, "content");
        foreach (var file in Directory.EnumerateFiles("content", "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath("content", file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }

        var cbp = Path.Combine(content, "organizations", "cbp.md");
        System.IO.File.WriteAllText(cbp, System.IO.File.ReadAllText(cbp).Replace("parent: dhs", "parent: dhss", StringComparison.Ordinal));
        // From the copy's folder, so that the page names the file as 'content/organizations/cbp.md'.
        var repository = Environment.CurrentDirectory;
        Environment.CurrentDirectory = work;
        try
        {
            using var stop = new CancellationTokenSource();
            var ready = new TaskCompletionSource<string>();
            var serving = ServeCommand.RunAsync("content", new ServeSettings(ServeSettings.DefaultPort, TimeSpan.FromMilliseconds(200)), new SiteOptions(Title),
                ReadOptions.Default, TextWriter.Null, TextWriter.Null, TerminalInfo.Plain, stop.Token, ready.SetResult);
            await Shot((await ready.Task) + "facts/cbp.html", "site-serve-error.png");
            await stop.CancelAsync();
            await serving;
        }
        finally
        {
            Environment.CurrentDirectory = repository;
            Directory.Delete(work, recursive: true);
        }
    }
}
