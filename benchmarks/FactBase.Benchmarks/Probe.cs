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
        driver.RunCold();
        var path = driver.Paths.First(p => p.Contains("/organizations/", StringComparison.Ordinal));
        var original = File.ReadAllText(path);
        for (var round = 0; round < 3; round++)
        {
            var same = Measure.Median(Enumerable.Range(0, 7).Select(_ => Measure.Milliseconds(() => driver.Edit(path, original))));
            var edit = Measure.Median(Enumerable.Range(0, 7).Select(i => Measure.Milliseconds(() => driver.Edit(path, original + $"\nEdit {round} {i}.\n"))));
            Console.WriteLine($"same text {same:F1} ms, edited body {edit:F1} ms");
        }
    }
}
