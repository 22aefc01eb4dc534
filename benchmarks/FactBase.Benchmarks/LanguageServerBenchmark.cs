using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FactBase.Cli.Commands;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Compiler.Reading;

namespace FactBase.Benchmarks;

/// <summary>
/// Issue 15's targets for `factbase lsp`, on a corpus with one fact in a hundred broken (a dangling
/// ref each, so that opening it publishes diagnostics): opening the workspace until every diagnostic
/// is published, against `factbase check` of the same folder (interleaved, in this process);
/// completion; one file changed until its diagnostics are published; an id changed until the facts
/// that name it show the error; and the peak memory of each, each in a fresh process.
/// </summary>
internal static partial class LanguageServerBenchmark
{
    private const string Command = "dotnet run -c Release --project benchmarks/FactBase.Benchmarks --";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [GeneratedRegex(@"^based-in: (?<id>[a-z0-9-]+)$", RegexOptions.Multiline)]
    private static partial Regex BasedIn();

    public static void Run(int count) => RunAsync(count).GetAwaiter().GetResult();

    private static async Task RunAsync(int count)
    {
        var root = Broken(count);
        var broken = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Count(f => File.ReadAllText(f).Contains("-unwritten", StringComparison.Ordinal));

        // Opening, against check, side by side: rounds of each, after a full collection, medians.
        var (checks, opens) = (new List<double>(), new List<double>());
        for (var round = -1; round < 5; round++)
        {
            GC.Collect();
            var check = Measure.Milliseconds(() => CheckCommand.Run(root, ReadOptions.Default, TextWriter.Null, TextWriter.Null));
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var session = await LspSession.OpenAsync(root);
            var open = watch.Elapsed.TotalMilliseconds;
            await session.DisposeAsync();
            if (round >= 0)
            {
                (checks, opens) = ([.. checks, check], [.. opens, open]);
            }
        }

        await using var lsp = await LspSession.OpenAsync(root);
        var completions = await Completions(lsp, root);
        var edits = await Edits(lsp, root);
        var (renames, dependents, renameRequests) = await IdChanges(lsp, root);
        var memory = new[] { "check", "lsp" }.ToDictionary(mode => mode, mode => Peak(mode, root));

        var command = $"{Command} lsp {count}";
        var (checkTime, openTime) = (Measure.Median(checks), Measure.Median(opens));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Measure.MiB(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)}, .NET {Environment.Version}; {count:N0} facts, {broken} of them with a dangling ref");
        Console.WriteLine("| figure | measured | target | | command |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        Console.WriteLine($"| `factbase check` of the folder | {Measure.Ms(checkTime)} | | | `{command}` |");
        Measure.Row("open the workspace until every diagnostic is published / check", $"{Measure.Ms(openTime)} = {Measure.Ratio(openTime / checkTime)}×", "≤ 1.5×", openTime / checkTime <= 1.5, command);
        Measure.Row($"completion ({completions.Count} requests: ref ids, keys, kinds, enums)", Percentiles(completions), "p95 ≤ 50 ms", Percentile(completions, 95) <= 50, command);
        Measure.Row($"one file changed until its diagnostics are published ({edits.Count} edits)", Percentiles(edits), "p95 ≤ 50 ms", Percentile(edits, 95) <= 50, command);
        Measure.Row($"an id changed until the {dependents} facts that name it show the error ({renames.Count} times)", $"{Percentiles(renames)}, max {Measure.Ms(renames.Max())}", "≤ 200 ms", renames.Max() <= 200, command);
        Console.WriteLine($"| the rename request's workspace edit, for the same fact | {Percentiles(renameRequests)} | | | `{command}` |");
        Measure.Row("peak memory, the server (opened, 40 edits) / check, each in a fresh process", $"{Measure.MiB(memory["lsp"])} / {Measure.MiB(memory["check"])} = {Measure.Ratio((double)memory["lsp"] / memory["check"])}×", "≤ 2×", memory["lsp"] <= 2 * memory["check"], command);
    }

    /// <summary>A copy of the corpus with one fact in a hundred naming a place nobody wrote.</summary>
    private static string Broken(int count)
    {
        var source = Consumer.Corpus(count);
        var root = Path.Combine(Consumer.Root, $"lsp-{count}", "content");
        var marker = Path.Combine(Consumer.Root, $"lsp-{count}", "complete");
        if (File.Exists(marker))
        {
            return root;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var i = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            if (BasedIn().IsMatch(text) && i++ % 10 == 0)
            {
                text = BasedIn().Replace(text, m => $"based-in: {m.Groups["id"].Value}-unwritten", 1);
            }

            File.WriteAllText(target, text);
        }

        File.WriteAllText(marker, "done");
        return root;
    }

    /// <summary>Completions in an organization's front matter: its ref (by a few letters of ids and of names), a new key, its kind, an enum.</summary>
    private static async Task<List<double>> Completions(LspSession lsp, string root)
    {
        var path = Organizations(root).First();
        var text = File.ReadAllText(path);
        await lsp.OpenAsync(path, text);
        var lines = text.Split('\n');
        var basedIn = Array.FindIndex(lines, l => l.StartsWith("based-in: ", StringComparison.Ordinal));
        var places = Directory.EnumerateFiles(Path.Combine(root, "places")).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        var times = new List<double>();
        for (var i = 0; i < 260; i++)
        {
            var place = places[(i * 37) % places.Count]!;
            var typed = place[..Math.Min(place.Length, 1 + (i % 4))];
            var (line, character, edited) = (i % 4) switch
            {
                0 or 1 => (basedIn, 10 + typed.Length, $"based-in: {typed}"),
                2 => (1, 8, "kind: or"),
                _ => (lines.Length - 1, 0, lines[^1]),
            };
            var changed = lines.ToArray();
            changed[line] = edited;
            await lsp.ChangeAsync(path, string.Join('\n', changed));
            var watch = Stopwatch.StartNew();
            var answer = await lsp.RequestAsync(Methods.Completion, LspSession.At(lsp.UriOf(path), line, character));
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (answer.GetProperty("items").GetArrayLength() == 0 && i % 4 != 3)
            {
                throw new InvalidOperationException($"No completion for '{edited}'");
            }

            if (i >= 60)
            {
                times.Add(elapsed);
            }
        }

        await lsp.ChangeAsync(path, text);
        return times;
    }

    /// <summary>An organization's ref broken and fixed in turn, each until its diagnostics are published; now and then a pause, so the whole content is compiled again under the edits that follow.</summary>
    private static async Task<List<double>> Edits(LspSession lsp, string root)
    {
        var path = Organizations(root).First(Editable);
        var text = File.ReadAllText(path);
        var broken = BasedIn().Replace(text, m => $"based-in: {m.Groups["id"].Value}x", 1);
        await lsp.OpenAsync(path, text);
        var times = new List<double>();
        for (var i = 0; i < 250; i++)
        {
            if (i % 10 == 0)
            {
                await Task.Delay(400);
            }

            var breaking = i % 2 == 0;
            var watch = Stopwatch.StartNew();
            await lsp.ChangeAsync(path, breaking ? broken : text);
            await LspSession.Until(() => lsp.Count(path) == (breaking ? 1 : 0), Patience);
            if (i >= 50)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    /// <summary>The fact most named by others gets an id of its own, until every one of them shows the dangling ref; then it gets its id back.</summary>
    private static async Task<(List<double> Times, int Dependents, List<double> Requests)> IdChanges(LspSession lsp, string root)
    {
        var named = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/kinds/", StringComparison.Ordinal))
            .SelectMany(p => Regex.Matches(File.ReadAllText(p).Split("\n---\n")[0], @"source: ([a-z0-9-]+)").Select(m => (Id: m.Groups[1].Value, File: p)))
            .GroupBy(r => r.Id)
            .OrderByDescending(g => g.Select(r => r.File).Distinct().Count())
            .First();
        var path = Directory.EnumerateFiles(root, named.Key + ".md", SearchOption.AllDirectories).Single();
        var dependents = named.Select(r => r.File).Distinct().Where(p => p != path).ToList();
        var text = File.ReadAllText(path);
        var renamed = text.Replace("\nkind: source\n", "\nkind: source\nid: renamed-source\n", StringComparison.Ordinal);
        await lsp.OpenAsync(path, text);
        var (times, requests) = (new List<double>(), new List<double>());
        for (var i = 0; i < 12; i++)
        {
            await Task.Delay(400);
            var watch = Stopwatch.StartNew();
            await lsp.ChangeAsync(path, renamed);
            await LspSession.Until(() => dependents.All(d => lsp.Count(d) > 0), Patience);
            times.Add(watch.Elapsed.TotalMilliseconds);
            await lsp.ChangeAsync(path, text);
            await LspSession.Until(() => dependents.All(d => lsp.Count(d) == 0), Patience);

            await Task.Delay(400);
            var dependent = dependents[i % dependents.Count];
            var line = File.ReadAllLines(dependent).Select((l, n) => (l, n)).First(x => x.l.Contains("source: " + named.Key, StringComparison.Ordinal));
            watch.Restart();
            var edit = await lsp.RequestAsync(Methods.Rename, new { textDocument = new { uri = lsp.UriOf(dependent) }, position = new { line = line.n, character = line.l.IndexOf("source: ", StringComparison.Ordinal) + 10 }, newName = "renamed-source" });
            requests.Add(watch.Elapsed.TotalMilliseconds);
            if (edit.GetProperty("documentChanges").GetArrayLength() < dependents.Count)
            {
                throw new InvalidOperationException("The rename missed a dependent.");
            }
        }

        return (times.Skip(2).ToList(), dependents.Count, requests.Skip(2).ToList());
    }

    /// <summary>An organization whose place is written and exists: breaking it shows one diagnostic, and mending it none.</summary>
    private static bool Editable(string path)
    {
        var text = File.ReadAllText(path);
        return BasedIn().IsMatch(text) && !text.Contains("-unwritten", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Organizations(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "organizations")).Order(StringComparer.Ordinal);

    /// <summary>Peak working set of `check` or of the server (opened, then 40 edits) in a fresh process.</summary>
    private static long Peak(string mode, string root)
    {
        var (printed, _) = Consumer.Run(Environment.ProcessPath!, $"lsp-once {mode} {root}");
        return long.Parse(printed.Trim().Split(' ')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>In a process of its own: check the folder, or open it in the server and edit a file 40 times; then print the peak working set.</summary>
    public static void Once(string mode, string root) => OnceAsync(mode, root).GetAwaiter().GetResult();

    private static async Task OnceAsync(string mode, string root)
    {
        if (mode == "check")
        {
            CheckCommand.Run(root, ReadOptions.Default, TextWriter.Null, TextWriter.Null);
        }
        else
        {
            await using var lsp = await LspSession.OpenAsync(root);
            var path = Organizations(root).First(Editable);
            var text = File.ReadAllText(path);
            var broken = BasedIn().Replace(text, m => $"based-in: {m.Groups["id"].Value}x", 1);
            await lsp.OpenAsync(path, text);
            for (var i = 0; i < 40; i++)
            {
                await lsp.ChangeAsync(path, i % 2 == 0 ? broken : text);
                await LspSession.Until(() => lsp.Count(path) == (i % 2 == 0 ? 1 : 0), Patience);
                await Task.Delay(i % 10 == 0 ? 400 : 0);
            }
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(process.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private static string Percentiles(List<double> values) =>
        $"p50 {Measure.Ms(Percentile(values, 50))}, p95 {Measure.Ms(Percentile(values, 95))}, p99 {Measure.Ms(Percentile(values, 99))}";
}
