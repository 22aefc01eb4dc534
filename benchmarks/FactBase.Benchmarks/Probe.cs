using System;
using System.IO;
using System.Linq;

namespace FactBase.Benchmarks;

/// <summary>What an edit costs, split: a save with the same text (Roslyn's tables alone) against a real edit.</summary>
internal static class Probe
{
    public static void Run(string root)
    {
        var driver = new Driver(root);
        driver.RunCold();
        var path = driver.Paths.First(p => p.Contains("/organizations/", StringComparison.Ordinal));
        var original = File.ReadAllText(path);

        // Warm: the edit path's methods run once per edit, and tiering takes some 150 edits to optimize them.
        for (var i = 0; i < 150; i++)
        {
            driver.Edit(path, original + $"\nWarm-up {i}.\n");
        }

        for (var round = 0; round < 3; round++)
        {
            var same = Measure.Median(Enumerable.Range(0, 7).Select(_ => Collected(() => driver.Edit(path, original))));
            var edit = Measure.Median(Enumerable.Range(0, 7).Select(i => Collected(() => driver.Edit(path, original + $"\nEdit {round} {i}.\n"))));
            Console.WriteLine($"same text {same:F1} ms, edited body {edit:F1} ms");
        }

        // Where an edit's time goes, step by step, as Roslyn times them (tracking costs time of its own).
        var tracked = new Driver(root, trackSteps: true);
        tracked.RunCold();
        for (var i = 0; i < 150; i++)
        {
            tracked.Edit(path, original + $"\nWarm-up {i}.\n");
        }

        var steps = Enumerable.Range(0, 7)
            .Select(i =>
            {
                GC.Collect();
                return tracked.Edit(path, original + $"\nTracked {i}.\n").Results.Single().TrackedSteps
                    .ToDictionary(s => s.Key, s => s.Value.Sum(step => step.ElapsedTime.TotalMilliseconds));
            })
            .ToList();
        foreach (var name in steps[0].Keys.Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"step {name}: {Measure.Median(steps.Select(s => s[name])):F2} ms");
        }

        // The same edit under a generator that does nothing but read each file and collect: Roslyn's floor.
        var bare = new Driver(root, new BareGenerator());
        bare.RunCold();
        for (var i = 0; i < 150; i++)
        {
            bare.Edit(path, original + $"\nWarm-up {i}.\n");
        }

        for (var round = 0; round < 3; round++)
        {
            var edit = Measure.Median(Enumerable.Range(0, 7).Select(i => Collected(() => bare.Edit(path, original + $"\nEdit {round} {i}.\n"))));
            Console.WriteLine($"bare generator (read each file, collect, one output): edited body {edit:F1} ms");
        }
    }

    /// <summary>Timed after a full collection, as the generator verb times its edits: neither pays for the other's garbage.</summary>
    private static double Collected(Action edit)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return Measure.Milliseconds(edit);
    }
}
