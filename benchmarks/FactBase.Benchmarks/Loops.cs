using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FactBase.Benchmarks;

/// <summary>
/// Long runs to watch or to profile (dotnet-trace): edits one after another, and cold runs with
/// their garbage collections, each against the floor.
/// </summary>
internal static class Loops
{
    /// <summary>Edits of one file for <paramref name="seconds"/>, the median of each 50 printed: how the JIT's tiering warms the edit path.</summary>
    public static void Edits(string root, int seconds)
    {
        var driver = new Driver(root);
        driver.RunCold();
        var path = driver.Paths.First(p => p.Contains("/organizations/", StringComparison.Ordinal));
        var original = File.ReadAllText(path);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var times = new List<double>();
        for (var i = 0; clock.Elapsed.TotalSeconds < seconds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            times.Add(Measure.Milliseconds(() => driver.Edit(path, original + $"\nEdit {i}.\n")));
            if (times.Count == 50)
            {
                Console.WriteLine($"edits {i - 48}-{i + 1}: median {Measure.Median(times):F1} ms");
                times.Clear();
            }
        }
    }

    /// <summary>Cold runs with their GC pauses and allocations, each after a full collection, beside the floor's.</summary>
    public static void Colds(string root)
    {
        var driver = new Driver(root);
        driver.RunCold();
        for (var i = 0; i < 6; i++)
        {
            Console.WriteLine($"cold run: {WithGc(() => driver.RunCold(), driver.Forget)} | floor: {WithGc(() => Floor.Load(root), () => { })}");
        }
    }

    private static string WithGc(Action work, Action before)
    {
        before();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var ms = Measure.Milliseconds(work);
        var promoted = GC.GetGCMemoryInfo(GCKind.Any).PromotedBytes;
        return $"{ms:F0} ms, of which GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms "
            + $"(collections: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2; last promoted {promoted / 1_000_000.0:F0} MB); "
            + $"{(GC.GetTotalAllocatedBytes() - allocated) / 1_000_000.0:F0} MB allocated";
    }
}
