using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
using FactBase.Cli.Commands;
using FactBase.Compiler.Reading;

namespace FactBase.Benchmarks;

/// <summary>
/// Issue 17's targets: exporting to N-Triples and to Parquet, each against <c>factbase check</c> of
/// the same folder (time, interleaved in one process), and the memory each export adds to what
/// compiling the base takes (peak working set, one fresh process per command under the workstation
/// GC, at two sizes: an export that streams adds the same whatever its output's size). Then what the exports cost the
/// engines that read them: DuckDB loading the Parquet, Oxigraph (node) loading the N-Triples.
/// </summary>
internal static class ExportBenchmark
{
    private const string Command = "dotnet run -c Release --project benchmarks/FactBase.Benchmarks --";

    public static void Run(int count)
    {
        var content = Consumer.Corpus(count);
        var scratch = Path.Combine(Consumer.Root, $"export-{count}");
        var triples = Path.Combine(scratch, "content.nt");
        var parquet = Path.Combine(scratch, "parquet");
        void Clear()
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }

            Directory.CreateDirectory(scratch);
        }

        // Each Parquet export goes to a folder of its own: the warm-up runs are not followed by Clear.
        var runs = 0;
        Clear();
        var times = Measure.InterleavedAfter(
            Clear,
            3,
            () => CheckCommand.Run(content, ReadOptions.Default, TextWriter.Null, TextWriter.Null),
            () => ExportOnce("nt", content, triples),
            () => ExportOnce("parquet", content, parquet + runs++));
        var (check, nt, pq) = (times[0], times[1], times[2]);
        Clear();
        ExportOnce("nt", content, triples);
        ExportOnce("parquet", content, parquet);
        var ntBytes = new FileInfo(triples).Length;
        var pqBytes = Directory.EnumerateFiles(parquet, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var lines = File.ReadLines(triples).LongCount();

        var small = Math.Max(1, count / 10);
        var memory = new[] { small, count }.ToDictionary(n => n, Memory);

        var command = $"{Command} export {count}";
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Measure.MiB(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)}, .NET {Environment.Version}; {count:N0} facts, {Measure.MiB(Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length))} of Markdown");
        Console.WriteLine("| figure | measured | target | | command |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        Console.WriteLine($"| `factbase check`, {count:N0} facts | {Measure.Ms(check)} | | | `{command}` |");
        Measure.Row($"export to N-Triples ({lines:N0} triples, {Measure.MiB(ntBytes)}) / check", $"{Measure.Ms(nt)} = {Measure.Ratio(nt / check)}×", "≤ 2×", nt / check <= 2, command);
        Measure.Row($"export to Parquet ({Measure.MiB(pqBytes)}) / check", $"{Measure.Ms(pq)} = {Measure.Ratio(pq / check)}×", "≤ 2×", pq / check <= 2, command);
        foreach (var format in new[] { "nt", "parquet" })
        {
            var (added, addedSmall) = (memory[count][format] - memory[count]["check"], memory[small][format] - memory[small]["check"]);
            Measure.Row(
                $"peak memory, export to {format} minus check: at {count:N0} facts / at {small:N0} (ten times less output)",
                $"{Signed(added)} / {Signed(addedSmall)} (check alone {Measure.MiB(memory[count]["check"])} / {Measure.MiB(memory[small]["check"])})",
                "grows by ≤ 32 MiB",
                added - addedSmall <= 32L << 20,
                command);
        }

        Console.WriteLine($"| DuckDB: load every Parquet file into tables | {Measure.Ms(DuckDbLoad(parquet))} | | | `{command}` |");
        Console.WriteLine($"| Oxigraph (npm, WebAssembly, node): load the N-Triples | {OxigraphLoad(triples)} | | | `{command}` |");
    }

    /// <summary>In a process of its own: check or export <paramref name="content"/>, then print the elapsed time and the peak working set.</summary>
    public static void Once(string format, string content, string output)
    {
        var watch = Stopwatch.StartNew();
        if (format == "check")
        {
            CheckCommand.Run(content, ReadOptions.Default, TextWriter.Null, TextWriter.Null);
        }
        else
        {
            ExportOnce(format, content, output);
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{elapsed.ToString("F1", CultureInfo.InvariantCulture)} {process.PeakWorkingSet64}");
    }

    private static void ExportOnce(string format, string content, string output)
    {
        var code = format == "nt"
            ? WriteFile(output, stream => ExportCommand.Run(content, ReadOptions.Default, stream, TextWriter.Null, ExportFormat.Nt))
            : ExportCommand.Run(content, ReadOptions.Default, Stream.Null, Console.Error, ExportFormat.Parquet, folder: output);
        if (code != ExitCodes.Success)
        {
            throw new InvalidOperationException($"export --format {format} of {content} exited {code}");
        }
    }

    private static int WriteFile(string path, Func<Stream, int> write)
    {
        using var file = File.Create(path);
        return write(file);
    }

    /// <summary>
    /// The workstation GC, for the memory runs: its first generation is a few megabytes, so a
    /// process's peak is what it keeps, where the server GC (the command's own) lets hundreds of
    /// megabytes of garbage pile up between collections, more as the heap grows.
    /// </summary>
    private static readonly Dictionary<string, string> WorkstationGc = new() { ["DOTNET_gcServer"] = "0" };

    /// <summary>Peak working set of check and of each export, each in a fresh process, by format.</summary>
    private static Dictionary<string, long> Memory(int count)
    {
        var content = Consumer.Corpus(count);
        var scratch = Path.Combine(Consumer.Root, $"export-memory-{count}");
        var peaks = new Dictionary<string, long>();
        foreach (var format in new[] { "check", "nt", "parquet" })
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }

            Directory.CreateDirectory(scratch);
            var output = Path.Combine(scratch, format == "nt" ? "content.nt" : "parquet");
            var (printed, _) = Consumer.Run(Environment.ProcessPath!, $"export-once {format} {content} {output}", environment: WorkstationGc);
            peaks[format] = long.Parse(printed.Trim().Split(' ')[1], CultureInfo.InvariantCulture);
        }

        Directory.Delete(scratch, recursive: true);
        return peaks;
    }

    private static double DuckDbLoad(string parquet)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var files = Directory.EnumerateFiles(parquet, "*.parquet", SearchOption.AllDirectories).ToList();
        return Measure.Milliseconds(() =>
        {
            foreach (var (file, i) in files.Select((f, i) => (f, i)))
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"CREATE TABLE t{i} AS SELECT * FROM read_parquet('{file}')";
                command.ExecuteNonQuery();
            }
        });
    }

    /// <summary>tests/sparql/load.mjs's figure, when its packages are installed (npm ci in tests/sparql).</summary>
    private static string OxigraphLoad(string triples)
    {
        var script = Path.Combine(Consumer.Repo, "tests", "sparql", "load.mjs");
        if (!Directory.Exists(Path.Combine(Consumer.Repo, "tests", "sparql", "node_modules")))
        {
            return "not measured: run `npm ci` in tests/sparql first";
        }

        return Consumer.Run("node", $"{script} {triples}").Output.Trim();
    }

    private static string Signed(long bytes) => (bytes >= 0 ? "+" : "−") + Measure.MiB(Math.Abs(bytes));
}
