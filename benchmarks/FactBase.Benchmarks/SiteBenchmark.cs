using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactBase.Cli.Commands;
using FactBase.Cli.Loading;
using FactBase.Cli.Site;
using FactBase.Cli.Site.Output;
using FactBase.Cli.Site.Pages;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;
using Microsoft.Playwright;

namespace FactBase.Benchmarks;

/// <summary>
/// The targets of <c>factbase site</c> (docs/site.md): the site of N facts against <c>factbase check</c>
/// of the same folder, side by side in rounds in this process (the work alone) and as processes of
/// their own (what a user waits for: the runtime's start and the compiling of the tool's code too);
/// the site's floor (its load, and writing its files, which no page maker can shorten);
/// the largest page; and in Debian's Chromium, how soon
/// a fact page is interactive and the whole-base graph drawn, from the performance marks the site's
/// scripts set (<c>factbase-ready</c>, <c>factbase-graph-drawn</c>), opened from file://.
/// </summary>
internal static class SiteBenchmark
{
    private const int Rounds = 5;

    /// <summary>Runs of the two commands as processes, after one of each to warm the disk's caches.</summary>
    private const int ProcessRuns = 5;
    private const int PageLimit = 200 * 1024;

    public static void Run(int count, string command)
    {
        var content = Consumer.Corpus(count);
        // A folder of this run's own (another checkout's benchmark may be writing its own at the same time).
        var output = Path.Combine(Path.GetTempPath(), "factbase-bench", $"site-{count}-{Environment.ProcessId}");
        var earlier = output + ".earlier";

        // Rounds of check then site, each after a full collection; the first round warms both up. The
        // target is a site written into an empty folder, so each round's folder is moved aside first
        // (a rename), and the earlier ones are deleted after the rounds, unmeasured.
        var (checks, sites) = (new List<double>(), new List<double>());
        for (var round = -1; round < Rounds; round++)
        {
            if (Directory.Exists(output))
            {
                Directory.CreateDirectory(earlier);
                Directory.Move(output, Path.Combine(earlier, round.ToString(CultureInfo.InvariantCulture)));
            }

            var check = Collected(() => CheckCommand.Run(content, ReadOptions.Default, TextWriter.Null, TextWriter.Null));
            var site = Collected(() => SiteCommand.Run(content, output, SiteOptions.Default, ReadOptions.Default, TextWriter.Null, TextWriter.Null));
            if (round >= 0)
            {
                checks.Add(check);
                sites.Add(site);
            }
        }

        var (load, writing) = Floor(content, earlier);
        var (checkProcess, siteProcess) = Processes(content, earlier);
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        Directory.Delete(earlier, recursive: true);
        var onDemand = new HashSet<string>([SiteData.SearchFile, SiteData.GraphFile], StringComparer.Ordinal);
        var largest = files.Where(f => !onDemand.Contains(f.Name)).MaxBy(f => f.Length)!;
        var (browser, fact, factGraph, graph, graphData) = Browse(output).GetAwaiter().GetResult();

        var (checkTime, siteTime) = (Measure.Median(checks), Measure.Median(sites));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {browser}");
        Console.WriteLine($"runtime, as factbase's runtimeconfig.json sets it: server GC {System.Runtime.GCSettings.IsServerGC}, quick unoptimized code first {AppContext.GetData("System.Runtime.TieredCompilation.QuickJit") ?? "on"}, dynamic PGO {AppContext.GetData("System.Runtime.TieredPGO") ?? "on"}, large object threshold {AppContext.GetData("System.GC.LOHThreshold") ?? "default"} bytes");
        Console.WriteLine($"site of {count:N0} facts: {files.Count:N0} files, {files.Sum(f => f.Length) / (1024.0 * 1024.0):N1} MB");
        Console.WriteLine("| figure | measured | target | | command |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        Console.WriteLine($"| `factbase check`, {count:N0} facts (median of {Rounds} rounds) | {Measure.Ms(checkTime)} | | | `{command}` |");
        Measure.Row($"`factbase site`, {count:N0} facts / `factbase check`", $"{Measure.Ms(siteTime)} = {Measure.Ratio(siteTime / checkTime)}×", "≤ 2×", siteTime / checkTime <= 2, command);
        Console.WriteLine($"| of which its load alone (the content read, checked and linked, every fact's values kept for the pages) | {Measure.Ms(load)} = {Measure.Ratio(load / checkTime)}× check | | | `{command}` |");
        Console.WriteLine($"| and writing its {files.Count:N0} files alone, their bytes made beforehand, on every core (this disk's cost; it varies with how full the folder's part of the disk is) | {Measure.Ms(writing)} = {Measure.Ratio(writing / checkTime)}× check | | | `{command}` |");
        Console.WriteLine($"| so the site, were its pages made in no time: load, then writing | {Measure.Ms(load + writing)} = {Measure.Ratio((load + writing) / checkTime)}× check | | | `{command}` |");
        Measure.Row($"the same, the two commands as one-shot processes, as they are run (`factbase check`, then `factbase site` into a new folder, in turns; medians of {ProcessRuns})", $"{Measure.Ms(checkProcess)}, {Measure.Ms(siteProcess)} = {Measure.Ratio(siteProcess / checkProcess)}×", "≤ 2×", siteProcess / checkProcess <= 2, command);
        Measure.Row("largest page or file, but the two loaded on demand", $"{Kb(largest.Length)} ({Path.GetRelativePath(output, largest.FullName)})", "≤ 200 KB", largest.Length <= PageLimit, command);
        foreach (var name in onDemand.Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"| {name}, loaded on demand | {Kb(files.Single(f => f.Name == name).Length)} | | | `{command}` |");
        }

        Measure.Row("a fact page interactive in Chromium (navigation to the `factbase-ready` mark, median of 20 pages)", Measure.Ms(fact), "≤ 300 ms", fact <= 300, command);
        Console.WriteLine($"| the same pages, their relation graph drawn (`factbase-graph-drawn`) | {Measure.Ms(factGraph)} | | | `{command}` |");
        Measure.Row($"the whole-base graph of {count:N0} facts drawn in Chromium (`factbase-graph-drawn`, median of 3)", Measure.Ms(graph), "≤ 2 s", graph <= 2000, command);
        Console.WriteLine($"| of which its data file loaded (`factbase-graph-data`) | {Measure.Ms(graphData)} | | | `{command}` |");
        Directory.Delete(output, recursive: true);
    }

    /// <summary>
    /// The medians of <c>factbase check</c> and <c>factbase site</c> each run as a process of its own,
    /// with the tool's launcher and runtimeconfig.json beside this benchmark, in turns: the time a user
    /// waits, starting the runtime and compiling the tool's code included. Each site goes into a new
    /// folder under <paramref name="scratch"/>, which is deleted later, unmeasured.
    /// </summary>
    private static (double Check, double Site) Processes(string content, string scratch)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "FactBase.Cli.exe" : "FactBase.Cli");
        var (checks, sites) = (new List<double>(), new List<double>());
        for (var run = -1; run < ProcessRuns; run++)
        {
            var check = Consumer.RunExit(tool, $"check \"{content}\"", userEnvironment: false);
            var site = Consumer.RunExit(tool, $"site \"{content}\" -o \"{Path.Combine(scratch, $"process-{run + 1}")}\"", userEnvironment: false);
            if (check.Code != 0 || site.Code != 0)
            {
                throw new InvalidOperationException($"factbase check exited {check.Code}, factbase site {site.Code}:\n{check.Output}\n{site.Output}");
            }

            if (run >= 0)
            {
                checks.Add(check.Milliseconds);
                sites.Add(site.Milliseconds);
            }
        }

        return (Measure.Median(checks), Measure.Median(sites));
    }

    /// <summary>
    /// The two parts of the site that no page maker can shorten, medians of <see cref="Rounds"/> in turns:
    /// its load (what <c>factbase site</c> does before any page, which check does too, but keeping every
    /// fact's values), and writing its files, their bytes made beforehand, into a new folder under
    /// <paramref name="scratch"/> on every core. Pages cannot be written before the load ends: each
    /// needs the linked content (labels of the facts it names, backlinks).
    /// </summary>
    private static (double Load, double Writing) Floor(string content, string scratch)
    {
        var loaded = LoadedContent.Load(content, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!;
        var pages = new ConcurrentBag<SitePage>();
        SiteBuilder.Build(loaded.Model, loaded.Schema, content, SiteOptions.Default, pages.Add);
        var (loads, writings) = (new List<double>(), new List<double>());
        for (var round = -1; round < Rounds; round++)
        {
            var load = Collected(() => LoadedContent.Load(content, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain));
            var folder = SiteFolder.Open(Path.Combine(scratch, $"floor-{round + 1}"), out _)!;
            var writing = Collected(() => Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, folder.Write));
            if (round >= 0)
            {
                loads.Add(load);
                writings.Add(writing);
            }
        }

        return (Measure.Median(loads), Measure.Median(writings));
    }

    private static double Collected(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return Measure.Milliseconds(action);
    }

    /// <summary>Medians, in ms from navigation start: a fact page interactive, its graph drawn, the whole graph drawn and its data loaded.</summary>
    private static async Task<(string Browser, double Fact, double FactGraph, double Graph, double GraphData)> Browse(string site)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var facts = Directory.GetFiles(Path.Combine(site, "facts")).Order(StringComparer.Ordinal).ToList();
        var sample = Enumerable.Range(0, 21).Select(i => facts[i * (facts.Count - 1) / 20]).ToList();
        var (ready, drawn) = (new List<double>(), new List<double>());
        foreach (var (path, i) in sample.Select((p, i) => (p, i)))
        {
            var (pageReady, pageDrawn) = await Open(browser, path, "factbase-ready", "factbase-graph-drawn");
            if (i > 0)
            {
                // The first page warms the browser's caches of the shared scripts, as any visit's first page does.
                ready.Add(pageReady);
                drawn.Add(pageDrawn);
            }
        }

        var (graphs, data) = (new List<double>(), new List<double>());
        for (var i = 0; i < 4; i++)
        {
            var (dataLoaded, graphDrawn) = await Open(browser, Path.Combine(site, SitePaths.Graph), "factbase-graph-data", "factbase-graph-drawn");
            if (i > 0)
            {
                graphs.Add(graphDrawn);
                data.Add(dataLoaded);
            }
        }

        return ($"Chromium {browser.Version}", Measure.Median(ready), Measure.Median(drawn), Measure.Median(graphs), Measure.Median(data));
    }

    private static async Task<(double First, double Second)> Open(IBrowser browser, string path, string first, string second)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            await page.WaitForFunctionAsync($"() => performance.getEntriesByName('{second}').length > 0", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
            double Mark(string name) => page.EvaluateAsync<double>($"() => performance.getEntriesByName('{name}')[0].startTime").GetAwaiter().GetResult();
            return (Mark(first), Mark(second));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB";
}
