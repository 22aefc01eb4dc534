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
/// Verbs: corpus DIR N | generator [N] | build [N] | query [N] | scale [N...] | export [N] | lsp [N] | all; stages DIR and probe DIR split a cold run and an edit;
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
                Build(n);
                return 0;
            case ["query", ..]:
                Query(n);
                return 0;
            case ["scale", ..]:
                Scale(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000, 100_000]);
                return 0;
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
            case ["generator-once", var root]:
                GeneratorOnce(root);
                return 0;
            case ["all"]:
                Generator(10_000);
                Build(10_000);
                Query(10_000);
                Scale([1_000, 10_000, 100_000]);
                return 0;
            default:
                Console.Error.WriteLine("usage: corpus DIR N | generator [N] | build [N] | query [N] | scale [N...] | export [N] | lsp [N] | all | stages DIR | probe DIR | colds DIR | edits DIR | site [N] | screenshots DIR");
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

    /// <summary>Figures 1 and 2: the generator cold and after one edit, and `factbase check`, against Markdig plus YamlDotNet alone.</summary>
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

        // Rounds of the floor, a cold run, edits on the state that cold run left, and `factbase check`,
        // each timed after a full collection, with the driver's state dropped before all but the edits
        // (so that none pays for another's garbage or tables): the host's load
        // comes and goes over seconds, and the edit's ratio to the cold run is only fair if both are
        // measured in the same minutes. The first edits after a cold run are not timed: they are an
        // editor's first keystrokes after a build, not its steady state.
        var (floors, colds, checks, editTimes) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
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

            driver.Forget();
            var checkTime = Collected(() => CheckCommand.Run(root, ReadOptions.Default, TextWriter.Null, TextWriter.Null));
            if (round >= 0)
            {
                floors.Add(floorTime);
                colds.Add(coldTime);
                checks.Add(checkTime);
                editTimes.AddRange(roundEdits.Skip(5));
            }
        }

        var (floor, cold, check, edit) = (Measure.Median(floors), Measure.Median(colds), Measure.Median(checks), Measure.Median(editTimes));

        Header();
        var command = $"{Command} generator {count}";
        Console.WriteLine($"| Markdig + YamlDotNet alone, {count:N0} facts, one thread (the floor) | {Measure.Ms(floor)} | | | `{command}` |");
        Measure.Row($"1. generator, cold run ({count:N0} facts; first run in the process {Measure.Ms(jitCold)}) / floor", $"{Measure.Ms(cold)} = {Measure.Ratio(cold / floor)}×", "≤ 1.5×", cold / floor <= 1.5, command);
        Measure.Row($"1. `factbase check` (CheckCommand) / floor", $"{Measure.Ms(check)} = {Measure.Ratio(check / floor)}×", "≤ 1.5×", check / floor <= 1.5, command);
        Measure.Row($"2. edit one file of {count:N0}, driver re-run / cold run", $"{Measure.Ms(edit)} = {Measure.Ratio(edit / cold)}", "≤ 2%", edit / cold <= 0.02, command);
    }

    /// <summary>Timed after a full collection, so that no figure pays for another's garbage.</summary>
    private static double Collected(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return Measure.Milliseconds(action);
    }

    /// <summary>Figure 3: `dotnet build` with the facts against the same consumer with no content, warm build server.</summary>
    private static void Build(int count)
    {
        var full = Consumer.Project(count);
        var empty = Consumer.Project(0);
        Consumer.Run("dotnet", "restore -v q", full);
        Consumer.Run("dotnet", "restore -v q", empty);
        const string Args = "build -c Release --no-restore -v q -nologo";
        var times = Measure.Interleaved(
            5,
            () => Touch(empty, () => Consumer.Run("dotnet", Args, empty)),
            () => Touch(full, () => Consumer.Run("dotnet", Args, full)));

        // Where the time goes: the generator's own time (ReportAnalyzer) and the compiler task's, in one more build.
        Touch(full, () => { });
        var (report, _) = Consumer.Run("dotnet", Args.Replace("-v q", "-v d", StringComparison.Ordinal) + " -p:ReportAnalyzer=true -clp:PerformanceSummary", full);
        var generator = report.Split('\n').FirstOrDefault(l => l.Contains("FactBase.Generator.FactBaseGenerator", StringComparison.Ordinal))?.Trim() ?? "?";
        var csc = report.Split('\n').FirstOrDefault(l => l.Contains(" ms  Csc ", StringComparison.Ordinal))?.Trim() ?? "?";

        Header();
        var command = $"{Command} build {count}";
        Console.WriteLine($"| `dotnet build`, consumer with no content, warm build server | {Measure.Ms(times[0])} | | | `{command}` |");
        Measure.Row($"3. `dotnet build`, {count:N0} facts / no content", $"{Measure.Ms(times[1])} = {Measure.Ratio(times[1] / times[0])}×", "≤ 3×", times[1] / times[0] <= 3, command);
        Console.WriteLine($"| 3. of which the Csc task (generator, compile, emit) | `{csc}` | | | `{command}` |");
        Console.WriteLine($"| 3. of which the generator (ReportAnalyzer: seconds, %) | `{generator}` | | | `{command}` |");
    }

    /// <summary>Figures 4 and 5: the first query after process start, and per-operation costs.</summary>
    private static void Query(int count)
    {
        var project = Consumer.Project(count);
        Consumer.Run("dotnet", "build -c Release -v q -nologo", project);
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
        Measure.Row($"4. first query after process start (Kb.Find, from Main), {count:N0} facts", $"{Measure.Ms(f)} (process {Measure.Ms(Measure.Median(firstWall))}) = {Measure.Ratio(l / f)}× faster", "≥ 100× faster", l / f >= 100, command);
        var lookup = double.Parse(Op("lookup"), CultureInfo.InvariantCulture);
        Measure.Row("5. lookup by id (Kb.Find)", $"{Op("lookup")} ns", "≤ 20 ns", lookup <= 20, command);
        Console.WriteLine($"| 5. backlinks (Kb.ReferencesTo) | {Op("backlinks")} ns | | | `{command}` |");
        Console.WriteLine($"| 5. filter by kind: Kb.Organizations.Count(o => o.Category == Nonprofit), {ops.Split('\n').Single(x => x.StartsWith("kind ", StringComparison.Ordinal)).Split(' ')[2].Trim()} organizations | {double.Parse(Op("kind"), CultureInfo.InvariantCulture) / 1000:N1} µs | | | `{command}` |");
        Console.WriteLine($"| 5. filter by kind: Kb.Base.OfKind<Organization>() over all {count:N0} facts | {double.Parse(Op("ofkind"), CultureInfo.InvariantCulture) / 1000:N1} µs | | | `{command}` |");
    }

    /// <summary>Figure 6: 1k, 10k, 100k facts: generator and build time and peak memory, first query.</summary>
    private static void Scale(int[] counts)
    {
        Console.WriteLine("| facts | Markdown | generator, cold (process) | generator peak memory | `dotnet build` (warm server) | build peak memory (no servers) | first query (from Main) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        var self = Environment.ProcessPath!;
        double? previousGenerator = null, previousBuild = null;
        var worst = 0.0;
        foreach (var count in counts)
        {
            var content = Consumer.Corpus(count);
            var size = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            var (generatorOutput, _) = Consumer.Run(self, $"generator-once {content}");
            var parts = generatorOutput.Trim().Split(' ');
            var (generatorMs, generatorPeak) = (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));

            var project = Consumer.Project(count);
            Consumer.Run("dotnet", "restore -v q", project);
            // Peak memory: a build with no build servers, so that the compiler runs in a process of its own, under /usr/bin/time.
            var (timed, _) = Consumer.Run("/usr/bin/time", "-f PEAK=%M dotnet build -c Release --no-restore -v q -nologo --disable-build-servers -p:UseSharedCompilation=false", project);
            var buildPeak = long.Parse(timed.Split("PEAK=")[1].Trim().Split('\n')[0], CultureInfo.InvariantCulture) * 1024;
            var runs = count >= 100_000 ? 1 : 3;
            var build = Measure.Interleaved(runs, () => Touch(project, () => Consumer.Run("dotnet", "build -c Release --no-restore -v q -nologo", project)))[0];
            var exe = Consumer.Executable(project);
            var id = Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(Path.Combine(content, "people")).Order(StringComparer.Ordinal).First());
            var first = Measure.Median(Enumerable.Range(0, 5).Select(_ => double.Parse(Consumer.Run(exe, $"first {id}").Output.Split(' ')[1], CultureInfo.InvariantCulture)));
            Console.WriteLine($"| {count:N0} | {Measure.MiB(size)} | {Measure.Ms(generatorMs)} | {Measure.MiB(generatorPeak)} | {Measure.Ms(build)} | {Measure.MiB(buildPeak)} | {Measure.Ms(first)} |");
            if (previousGenerator is { } g && previousBuild is { } b)
            {
                worst = Math.Max(worst, Math.Max(generatorMs / g, build / b));
                Console.WriteLine($"| ×10 step | | {Measure.Ratio(generatorMs / g)}× | | {Measure.Ratio(build / b)}× | | |");
            }

            (previousGenerator, previousBuild) = (generatorMs, build);
        }

        Console.WriteLine();
        Measure.Row("6. each 10× step costs at most 12× in time (generator and build)", $"worst {Measure.Ratio(worst)}×", "≤ 12×", worst <= 12, $"{Command} scale {string.Join(' ', counts)}");
    }

    /// <summary>One cold generator run in a process of its own: its time, then the process's peak working set.</summary>
    private static void GeneratorOnce(string root)
    {
        var driver = new Driver(root);
        var watch = Stopwatch.StartNew();
        var result = driver.RunCold().Results.Single();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        GC.KeepAlive(result);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{elapsed.ToString("F1", CultureInfo.InvariantCulture)} {process.PeakWorkingSet64}");
    }

    private static void Touch(string project, Action action)
    {
        File.SetLastWriteTimeUtc(Path.Combine(project, "Program.cs"), DateTime.UtcNow);
        action();
    }
}
