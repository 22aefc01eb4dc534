using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactBase.Benchmarks;

/// <summary>
/// Targets 1 to 3 of issue 14: `dotnet build` of a fresh class library that references the packed FactBase
/// package (<see cref="Package"/>), against the same library with no content, as a user's machine runs it:
/// MSBuild's nodes kept for reuse, the compiler server and FactBase's build server on (see
/// <see cref="Consumer.RunExit"/>). Cold builds, edits, and at 100,000 facts the memory of every process.
/// </summary>
internal static class BuildBenchmark
{
    private const string Command = "dotnet run -c Release --project benchmarks/FactBase.Benchmarks --";

    private static string BuildArguments => $"build -c Release --no-restore -v q -nologo {Consumer.BuildServers}";

    /// <summary>Targets 1 and 2 at <paramref name="count"/> facts.</summary>
    public static void Build(int count, int rounds = 5)
    {
        var command = $"{Command} build {count}";
        var stale = Servers.StopMine();
        var others = Servers.Others();
        var full = Library(count);
        var empty = Library(0);
        Restore(full);
        Restore(empty);

        // The first build ever: no obj/ but the restore's, none of this benchmark's servers running.
        Clean(full);
        Clean(empty);
        var firstFull = Measure.Milliseconds(() => Build(full));
        var firstEmpty = Measure.Milliseconds(() => Build(empty));

        // Cold builds, interleaved: each after `dotnet clean` (which removes the build step's cache), the servers up.
        var cold = Measure.Interleaved(
            rounds,
            (() => Clean(empty), () => Build(empty), Measure.Nothing),
            (() => Clean(full), () => Build(full), Measure.Nothing));

        // Where a cold build's time goes: one more of each, with MSBuild's task summary and the generator's own time.
        var (fullTasks, fullGenerator) = Explain(full);
        var (emptyTasks, _) = Explain(empty);

        // Edits: the no-content library after one .cs edit, against a body, a scalar and a ref edited in the content.
        var edits = new ContentEdits(full, count);
        var edit = 0;
        string? located = null;
        Build(full);
        try
        {
            var times = Measure.Interleaved(
                rounds,
                (() => File.WriteAllText(Path.Combine(empty, "Class1.cs"), ClassSource(++edit)), () => Build(empty), Measure.Nothing),
                (() => edits.Body(++edit), () => Build(full), Measure.Nothing),
                (() => edits.Scalar(++edit), () => Build(full), Measure.Nothing),
                (edits.BreakRef, () => located = edits.BuildFails(), RepairAndBuild));

            void RepairAndBuild()
            {
                edits.RepairRef();
                Build(full);
            }

            Header(count, stale, others);
            Console.WriteLine($"| first build of the library with no content, right after the one below (servers up) | {Measure.Ms(firstEmpty)} | | | `{command}` |");
            Console.WriteLine($"| first build ever, {count:N0} facts (`dotnet clean`; no build server, compiler server or MSBuild node of this run up: each starts in it) | {Measure.Ms(firstFull)} = {Measure.Ratio(firstFull / cold[0])}× a cold build with no content | | | `{command}` |");
            Console.WriteLine($"| cold build, no content (after `dotnet clean`, servers up) | {Measure.Ms(cold[0])} | | | `{command}` |");
            Measure.Row($"1. cold build, {count:N0} facts (after `dotnet clean`, servers up) / no content", $"{Measure.Ms(cold[1])} = {Measure.Ratio(cold[1] / cold[0])}×", "≤ 3×", cold[1] / cold[0] <= 3, command);
            Console.WriteLine($"| 1. where a cold build's time goes, {count:N0} facts (one more build, `-clp:PerformanceSummary`, `-p:ReportAnalyzer=true`) | {fullTasks}; generator {fullGenerator} | | | `{command}` |");
            Console.WriteLine($"| 1. the same, no content | {emptyTasks} | | | `{command}` |");
            Console.WriteLine($"| rebuild, no content, after one .cs file edited | {Measure.Ms(times[0])} | | | `{command}` |");
            Measure.Row($"2. rebuild after one body edited, {count:N0} facts / no content after a .cs edit", $"{Measure.Ms(times[1])} = {Measure.Ratio(times[1] / times[0])}×", "≤ 2×", times[1] / times[0] <= 2, command);
            Measure.Row($"2. rebuild after one scalar value edited / no content after a .cs edit", $"{Measure.Ms(times[2])} = {Measure.Ratio(times[2] / times[0])}×", "≤ 2×", times[2] / times[0] <= 2, command);
            Measure.Row($"2. one ref broken, until the build fails with `{located}` / no content after a .cs edit", $"{Measure.Ms(times[3])} = {Measure.Ratio(times[3] / times[0])}×", "≤ 2×", times[3] / times[0] <= 2, command);
        }
        finally
        {
            edits.Restore();
            File.WriteAllText(Path.Combine(empty, "Class1.cs"), ClassSource(0));
        }
    }

    /// <summary>Target 3: the cold build at <paramref name="count"/> facts against <paramref name="baseCount"/>, and the peak memory of every process.</summary>
    public static void Scale(int count, int baseCount, int rounds)
    {
        var command = $"{Command} build-scale {count} {baseCount} {rounds}";
        var stale = Servers.StopMine();
        var others = Servers.Others();
        var large = Library(count);
        var small = Library(baseCount);
        Restore(large);
        Restore(small);

        // The first build, unmeasured but for its memory: it starts the servers and the JIT.
        Clean(large);
        Clean(small);
        var (first, firstPeaks) = Watched(() => Build(large));
        Build(small);

        var peaks = new List<IReadOnlyList<ProcessInfo>>();
        var times = Measure.Interleaved(
            rounds,
            (() => Clean(small), () => Build(small), Measure.Nothing),
            (() => Clean(large), () => peaks.Add(Watched(() => Build(large)).Peaks), Measure.Nothing));

        // The servers' own peaks, read again before the run stops them: a server the sampler missed is still counted.
        var atEnd = Servers.OfRun();
        var worst = peaks.SelectMany(p => p).Concat(firstPeaks).Concat(atEnd).MaxBy(p => p.PeakBytes)!;
        const long Limit = 2L * 1024 * 1024 * 1024;
        Header(count, stale, others);
        Console.WriteLine($"| cold build, {baseCount:N0} facts (after `dotnet clean`, servers up) | {Measure.Ms(times[0])} | | | `{command}` |");
        Console.WriteLine($"| first build, {count:N0} facts (servers started by it): peak resident set of each process | {Measure.Ms(first)}: {Describe(firstPeaks)} | | | `{command}` |");
        Console.WriteLine($"| 3. each process's peak in the last cold build, {count:N0} facts (VmHWM, sampled every 100 ms) | {Describe(peaks[^1])} | | | `{command}` |");
        Console.WriteLine($"| 3. each server's peak since its last reset, read as the run ends, before it stops them (VmHWM) | {Describe(atEnd)} | | | `{command}` |");
        Measure.Row($"3. largest process, cold build of {count:N0} facts: the largest peak resident set of any process ({rounds + 1} builds, and the servers as the run ends)", $"{Measure.MiB(worst.PeakBytes)}, {worst.Role}", "≤ 2 GiB", worst.PeakBytes <= Limit, command);
        Measure.Row($"3. cold build, {count:N0} facts / {baseCount:N0} facts (both after `dotnet clean`, servers up)", $"{Measure.Ms(times[1])} / {Measure.Ms(times[0])} = {Measure.Ratio(times[1] / times[0])}×", $"≤ {1.2 * count / baseCount:N0}×", times[1] / times[0] <= 1.2 * count / baseCount, command);
    }

    private static (double Milliseconds, IReadOnlyList<ProcessInfo> Peaks) Watched(Action build)
    {
        using var memory = new PeakMemory();
        var ms = Measure.Milliseconds(build);
        memory.Dispose();
        return (ms, memory.Peaks);
    }

    private static string Describe(IReadOnlyList<ProcessInfo> peaks) =>
        string.Join(", ", peaks.GroupBy(p => p.Role ?? "other").Select(g => $"{g.Key} {string.Join(" + ", g.Select(p => Measure.MiB(p.PeakBytes)))}"));

    private static void Header(int count, int stale, List<ProcessInfo> others)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Measure.MiB(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"consumers: a class library (net10.0, Release) with a PackageReference to FactBase {Package.Version}, packed from this work tree into a local feed; "
            + $"the corpus copied into its content/ ({count:N0} facts), or none. Every build: `dotnet {BuildArguments}`, run with UseSharedCompilation, "
            + "MSBUILDDISABLENODEREUSE and DOTNET_CLI_USE_MSBUILD_SERVER taken out of its environment, as on a user's machine: MSBuild keeps its nodes, "
            + "the compiler server (VBCSCompiler, on a pipe of this run's own, SharedCompilationId) and FactBase's build server run.");
        Console.WriteLine($"servers: {stale} left by an earlier run of this benchmark stopped first; others' up: {(others.Count == 0 ? "none" : string.Join(", ", others.Select(o => $"{o.Role} ({o.Pid})")))}.");
        Console.WriteLine("| figure | measured | target | | command |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
    }

    /// <summary>The class library over a copy of the corpus of <paramref name="count"/> facts (none: an empty content/); returns its folder.</summary>
    public static string Library(int count)
    {
        var directory = Path.Combine(Package.Home, $"library-{count}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Library.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactBase" Version="{Package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Class1.cs"), ClassSource(0));
        var content = Path.Combine(directory, "content");
        var complete = Path.Combine(directory, "content-complete");
        if (!File.Exists(complete))
        {
            if (Directory.Exists(content))
            {
                Directory.Delete(content, recursive: true);
            }

            var corpus = Consumer.Corpus(count);
            foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(content, Path.GetRelativePath(corpus, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            Directory.CreateDirectory(content);
            File.WriteAllText(complete, count.ToString(CultureInfo.InvariantCulture));
        }

        return directory;
    }

    private static string ClassSource(int edit) => edit == 0
        ? "namespace Library;\n\npublic class Class1\n{\n}\n"
        : $"namespace Library;\n\npublic class Class1\n{{\n    public int Edit => {edit};\n}}\n";

    private static void Restore(string project) => Consumer.Run("dotnet", "restore -v q", project);

    /// <summary>
    /// `dotnet clean`, which must leave nothing of the build step behind but the records assembly: Clean
    /// never deletes a resolved reference (Microsoft.Common.targets excludes @(ReferencePath) from what it
    /// deletes), so the records assembly under obj/ stays, and is deleted here, as with no obj/ at all.
    /// </summary>
    private static void Clean(string project)
    {
        Consumer.Run("dotnet", "clean -c Release -v q -nologo", project);
        var factbase = Path.Combine(project, "obj", "Release", "net10.0", "factbase");
        if (!Directory.Exists(factbase))
        {
            return;
        }

        var left = Directory.EnumerateFiles(factbase, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".Facts.dll", StringComparison.Ordinal)).ToList();
        if (left.Count > 0)
        {
            throw new InvalidOperationException($"`dotnet clean` left {string.Join(", ", left)}: a cold build would not be cold.");
        }

        Directory.Delete(factbase, recursive: true);
    }

    private static void Build(string project) => Consumer.Run("dotnet", BuildArguments, project);

    /// <summary>One more cold build with MSBuild's task summary: the build step's and the compiler's time, and the generator's.</summary>
    private static (string Tasks, string Generator) Explain(string project)
    {
        Clean(project);
        var (output, _) = Consumer.Run("dotnet", BuildArguments.Replace("-v q", "-v d", StringComparison.Ordinal) + " -clp:PerformanceSummary -p:ReportAnalyzer=true", project);
        var lines = output.Split('\n');
        var summary = lines.SkipWhile(l => !l.Contains("Task Performance Summary:", StringComparison.Ordinal)).Skip(1)
            .Select(l => Regex.Match(l, @"^\s+(\d+) ms\s+(\S+)\s+(\d+) calls"))
            .TakeWhile(m => m.Success)
            .Select(m => (Ms: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Task: m.Groups[2].Value))
            .OrderByDescending(t => t.Ms)
            .ToList();
        var tasks = string.Join(", ", summary.Where(t => t.Task.EndsWith("CompileContent", StringComparison.Ordinal) || t.Task == "Csc" || t.Ms >= 300).Select(t => $"{t.Task} {Measure.Ms(t.Ms)}"));

        // ReportAnalyzer's line: seconds, then percent of the analyzers' and generators' time, then the name.
        var reported = lines.Select(l => Regex.Match(l, @"^\s*([\d.,<]+)\s+([\d.,<]+)\s+FactBase\.Generator\.FactBaseGenerator")).FirstOrDefault(m => m.Success);
        var generator = reported is null ? "not reported" : $"{reported.Groups[1].Value} s ({reported.Groups[2].Value} % of generators' and analyzers' time)";
        return (tasks, generator);
    }

    /// <summary>A body, a scalar and a ref of the library's copy of the corpus, edited from the corpus's text and restored from it.</summary>
    private sealed class ContentEdits
    {
        private readonly string _content;
        private readonly string _corpus;
        private readonly string _body;
        private readonly string _scalar;
        private readonly string _ref;
        private readonly int _refLine;
        private readonly int _refColumn;
        private readonly string _refId;

        public ContentEdits(string library, int count)
        {
            _content = Path.Combine(library, "content");
            _corpus = Consumer.Corpus(count);
            var files = Directory.EnumerateFiles(_corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            _body = files.First(p => p.Contains("/organizations/", StringComparison.Ordinal));
            var people = files.Where(p => p.Contains("/people/", StringComparison.Ordinal)).ToList();
            _scalar = people.First(p => File.ReadAllLines(p).Any(l => l.StartsWith("description: ", StringComparison.Ordinal)));
            _ref = people.First(p => p != _scalar && File.ReadAllLines(p).Any(l => l.StartsWith("  - source: ", StringComparison.Ordinal)));
            var lines = File.ReadAllLines(_ref);
            var index = Array.FindIndex(lines, l => l.StartsWith("  - source: ", StringComparison.Ordinal));
            _refId = lines[index]["  - source: ".Length..].Trim();
            (_refLine, _refColumn) = (index + 1, "  - source: ".Length + 1);
        }

        public void Body(int edit) => Write(_body, Original(_body) + $"\nEdit number {edit}.\n");

        public void Scalar(int edit) => Write(_scalar, Regex.Replace(Original(_scalar), "^description: .*$", $"description: \"Edited description {edit}.\"", RegexOptions.Multiline));

        public void BreakRef() => Write(_ref, Original(_ref).Replace($"  - source: {_refId}\n", $"  - source: {_refId}-missing\n", StringComparison.Ordinal));

        public void RepairRef() => Write(_ref, Original(_ref));

        /// <summary>Builds, which must fail with the broken ref's error located at its file, line and column; returns that error's line.</summary>
        public string BuildFails()
        {
            var (code, output, _) = Consumer.RunExit("dotnet", BuildArguments, Path.GetDirectoryName(_content));
            var path = Copy(_ref);
            var expected = $"{path}({_refLine},{_refColumn}): error FB";
            var line = output.Split('\n').FirstOrDefault(l => l.Contains(expected, StringComparison.Ordinal) && l.Contains(_refId + "-missing", StringComparison.Ordinal));
            if (code == 0 || line is null)
            {
                throw new InvalidOperationException($"The build with a broken ref should fail with an error at {expected}...: exit code {code}\n{output}");
            }

            // The error as printed, its path shortened to the content folder's.
            var error = line.Trim();
            error = error[error.IndexOf("content/", StringComparison.Ordinal)..];
            return Regex.Replace(error, @"\s*\[[^\]]*\]$", string.Empty);
        }

        public void Restore()
        {
            foreach (var file in new[] { _body, _scalar, _ref })
            {
                Write(file, Original(file));
            }
        }

        private static string Original(string corpusFile) => File.ReadAllText(corpusFile);

        private string Copy(string corpusFile) => Path.Combine(_content, Path.GetRelativePath(_corpus, corpusFile));

        private void Write(string corpusFile, string text) => File.WriteAllText(Copy(corpusFile), text);
    }
}
