using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Compiler.Reading;
using FactBase.Corpus;

namespace FactBase.Benchmarks;

/// <summary>
/// FactBase's benchmarks, each printing its figures as Markdown table rows with the command that
/// reproduces them. Release only: <c>dotnet run -c Release --project benchmarks/FactBase.Benchmarks -- &lt;verb&gt;</c>.
/// Verbs: corpus DIR N | generator [N] | build [N] | build-scale [N [BASE [ROUNDS]]] | check [N...] | query [N] | export [N] | lsp [N] | all;
/// stages DIR and probe DIR split a cold run and an edit; buildstep DIR splits the build step's;
/// site [N] measures `factbase site`, and screenshots DIR takes the pictures of docs/site.md;
/// colds DIR and edits DIR repeat them, to watch GC and JIT tiering or to profile.
/// </summary>
internal static class Program
{
    private const string Command = "dotnet run -c Release --project benchmarks/FactBase.Benchmarks --";

    public static int Main(string[] args)
    {
#if DEBUG
        Console.Error.WriteLine("Benchmarks run in Release: add -c Release.");
        return 2;
#else
        var n = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var parsed) ? parsed : 10_000;
        switch (args)
        {
            case ["corpus", var directory, var count]:
                Console.WriteLine($"{directory}: {CorpusGenerator.Write(directory, int.Parse(count, CultureInfo.InvariantCulture))} files");
                return 0;
            case ["generator", ..]:
                Generator(n);
                return 0;
            case ["build", ..]:
                Stopping(() => BuildBenchmark.Build(n));
                return 0;
            case ["build-scale", ..]:
                Stopping(() => BuildBenchmark.Scale(
                    args.Length > 1 ? n : 100_000,
                    args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000,
                    args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3));
                return 0;
            case ["check", ..]:
                Check(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000]);
                return 0;
            case ["query", ..]:
                Stopping(() => Query(n));
                return 0;
            case ["site", ..] when !ToolRuntime.IsCurrent:
                return ToolRuntime.Rerun(args);
            case ["site", ..]:
                SiteBenchmark.Run(n, $"{Command} site {n}");
                return 0;
            case ["screenshots", var docs]:
                Screenshots.Take(docs).GetAwaiter().GetResult();
                return 0;
            case ["probe", var root]:
                Probe.Run(root);
                return 0;
            case ["edits", var editRoot]:
                Loops.Edits(editRoot, 20);
                return 0;
            case ["colds", var coldRoot]:
                Loops.Colds(coldRoot);
                return 0;
            case ["buildstep", var stepRoot]:
                BuildStepSplit.Run(stepRoot);
                return 0;
            case ["stages", var root]:
                Stages.Run(root);
                return 0;
            case ["export", ..]:
                ExportBenchmark.Run(args.Length > 1 ? n : 100_000);
                return 0;
            case ["lsp", ..]:
                LanguageServerBenchmark.Run(n);
                return 0;
            case ["lsp-once", var mode, var root]:
                LanguageServerBenchmark.Once(mode, root);
                return 0;
            case ["export-once", var format, var root, var output]:
                ExportBenchmark.Once(format, root, output);
                return 0;
            case ["all"]:
                Stopping(() =>
                {
                    BuildBenchmark.Build(10_000);
                    BuildBenchmark.Scale(100_000, 10_000, 3);
                    Query(10_000);
                });
                Check([10_000, 100_000]);
                Generator(10_000);
                return 0;
            default:
                Console.Error.WriteLine("usage: corpus DIR N | generator [N] | build [N] | build-scale [N [BASE [ROUNDS]]] | check [N...] | query [N] | export [N] | lsp [N] | all | stages DIR | probe DIR | colds DIR | edits DIR | site [N] | screenshots DIR");
                return 2;
        }
#endif
    }

    private static void Header()
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Measure.MiB(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine("| figure | measured | target | | command |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
    }

    /// <summary>
    /// Target 5: the generator as the IDE runs it (it reads the content itself: no build step, no index),
    /// cold and after one edit, beside Markdig plus YamlDotNet alone.
    /// </summary>
    private static void Generator(int count)
    {
        var root = Consumer.Corpus(count);
        var driver = new Driver(root);
        var jitCold = Measure.Milliseconds(() => driver.RunCold());
        var result = driver.RunCold().Results.Single();
        if (!result.Diagnostics.IsEmpty || result.Exception is not null)
        {
            throw new InvalidOperationException($"The corpus should compile cleanly: {result.Exception?.Message ?? result.Diagnostics[0].ToString()}");
        }

        // One edit of one file of the corpus: a sentence added to a body, a different one each time.
        var path = driver.Paths.First(p => p.Contains("/organizations/", StringComparison.Ordinal));
        var original = File.ReadAllText(path);
        var edits = 0;
        void Edit() => driver.Edit(path, original + $"\nEdit number {edits++}.\n");

        // Warmed up by 150 edits first: the edit path's methods run once per edit, and the JIT's tiering
        // takes that many edits to optimize them all, as it has in an editor session or a compiler
        // server that has been up a while.
        for (var i = 0; i < 150; i++)
        {
            Edit();
        }

        // Rounds of the floor, a cold run and edits on the state that cold run left,
        // each timed after a full collection, with the driver's state dropped before all but the edits
        // (so that none pays for another's garbage or tables): the host's load
        // comes and goes over seconds, and the edit's ratio to the cold run is only fair if both are
        // measured in the same minutes. The first edits after a cold run are not timed: they are an
        // editor's first keystrokes after a build, not its steady state.
        var (floors, colds, editTimes) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = -1; round < 5; round++)
        {
            driver.Forget();
            var floorTime = Collected(() => Floor.Load(root));
            driver.Forget();
            var coldTime = Collected(() => driver.RunCold());
            var roundEdits = new List<double>();
            for (var i = 0; i < 25; i++)
            {
                roundEdits.Add(Collected(Edit));
            }

            if (round >= 0)
            {
                floors.Add(floorTime);
                colds.Add(coldTime);
                editTimes.AddRange(roundEdits.Skip(5));
            }
        }

        var (floor, cold, edit) = (Measure.Median(floors), Measure.Median(colds), Measure.Median(editTimes));

        Header();
        var command = $"{Command} generator {count}";
        Console.WriteLine($"| Markdig + YamlDotNet alone, {count:N0} facts, one thread (the floor) | {Measure.Ms(floor)} | | | `{command}` |");
        Console.WriteLine($"| generator as in the IDE, cold run ({count:N0} facts; first run in the process {Measure.Ms(jitCold)}) | {Measure.Ms(cold)} = {Measure.Ratio(cold / floor)}× the floor | | | `{command}` |");
        Measure.Row($"5. IDE edit: one file of {count:N0} edited, generator driver re-run / cold run", $"{Measure.Ms(edit)} = {Measure.Ratio(edit / cold)}", "≤ 2%", edit / cold <= 0.02, command);
    }

    /// <summary>Timed after a full collection, so that no figure pays for another's garbage.</summary>
    private static double Collected(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return Measure.Milliseconds(action);
    }

    /// <summary>Figures 4 and 5: the first query after process start, and per-operation costs.</summary>
    private static void Query(int count)
    {
        var project = Consumer.Project(count);
        Consumer.Run("dotnet", $"build -c Release -v q -nologo {Consumer.BuildServers}", project);
        var exe = Consumer.Executable(project);
        var content = Consumer.Corpus(count);
        var id = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Where(p => !p.Contains("/kinds/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ElementAt(count / 2);
        id = Path.GetFileNameWithoutExtension(id);

        double InProcess(string output) => double.Parse(output.Split(' ')[1], CultureInfo.InvariantCulture);
        var first = new double[9];
        var load = new double[9];
        var firstWall = new double[9];
        var loadWall = new double[9];
        Consumer.Run(exe, $"first {id}");
        Consumer.Run(exe, $"load {content}");
        for (var i = 0; i < first.Length; i++)
        {
            var (output, wall) = Consumer.Run(exe, $"first {id}");
            (first[i], firstWall[i]) = (InProcess(output), wall);
            (output, wall) = Consumer.Run(exe, $"load {content}");
            (load[i], loadWall[i]) = (InProcess(output), wall);
        }

        var (ops, _) = Consumer.Run(exe, "ops");
        string Op(string name) => ops.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal)).Split(' ')[1];

        Header();
        var command = $"{Command} query {count}";
        var (f, l) = (Measure.Median(first), Measure.Median(load));
        Console.WriteLine($"| loading the Markdown at start-up with Markdig + YamlDotNet, from Main | {Measure.Ms(l)} (process {Measure.Ms(Measure.Median(loadWall))}) | | | `{command}` |");
        Measure.Row($"5. first query after process start (Kb.Find, from Main), {count:N0} facts", $"{Measure.Ms(f)} (process {Measure.Ms(Measure.Median(firstWall))}) = {Measure.Ratio(l / f)}× faster", "≥ 100× faster", l / f >= 100, command);
        var lookup = double.Parse(Op("lookup"), CultureInfo.InvariantCulture);
        Measure.Row("5. lookup by id (Kb.Find)", $"{Op("lookup")} ns", "≤ 20 ns", lookup <= 20, command);
        var floor = double.Parse(Op("frozen"), CultureInfo.InvariantCulture);
        Console.WriteLine($"| 5. lookup by id / the same lookups in a FrozenDictionary of every id, made by hand in the same process (the host's floor) | {Op("lookup")} ns / {Op("frozen")} ns = {Measure.Ratio(lookup / floor)}× | | | `{command}` |");
        Console.WriteLine($"| 5. backlinks (Kb.ReferencesTo) | {Op("backlinks")} ns | | | `{command}` |");
        Console.WriteLine($"| 5. filter by kind: Kb.Organizations.Count(o => o.Category == Nonprofit), {ops.Split('\n').Single(x => x.StartsWith("kind ", StringComparison.Ordinal)).Split(' ')[2].Trim()} organizations | {double.Parse(Op("kind"), CultureInfo.InvariantCulture) / 1000:N1} µs | | | `{command}` |");
        Console.WriteLine($"| 5. filter by kind: Kb.Base.OfKind<Organization>() over all {count:N0} facts | {double.Parse(Op("ofkind"), CultureInfo.InvariantCulture) / 1000:N1} µs | | | `{command}` |");
    }

    /// <summary>Target 4: `factbase check` against the floor, side by side, at each size.</summary>
    private static void Check(int[] counts)
    {
        Header();
        foreach (var count in counts)
        {
            var root = Consumer.Corpus(count);
            var command = $"{Command} check {count}";
            var (floor, check) = (0.0, 0.0);
            var times = Measure.Interleaved(
                count >= 100_000 ? 3 : 5,
                (Measure.Nothing, () => Floor.Load(root), Measure.Nothing),
                (Measure.Nothing, () => CheckCommand.Run(root, ReadOptions.Default, TextWriter.Null, TextWriter.Null), Measure.Nothing));
            (floor, check) = (times[0], times[1]);
            Console.WriteLine($"| Markdig + YamlDotNet alone, {count:N0} facts, one thread (the floor) | {Measure.Ms(floor)} | | | `{command}` |");
            Measure.Row($"4. `factbase check` (CheckCommand), {count:N0} facts / floor", $"{Measure.Ms(check)} = {Measure.Ratio(check / floor)}×", "≤ 1.5×", check / floor <= 1.5, command);
        }
    }

    /// <summary>Runs a benchmark that builds consumers, then stops the servers its builds started (by process id).</summary>
    private static void Stopping(Action benchmark)
    {
        try
        {
            benchmark();
        }
        finally
        {
            Servers.StopMine();
        }
    }
}
