using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace FactBase.Benchmarks;

/// <summary>Warm-up, then the median of repeated runs; timings interleaved so that noise from other builds hits both sides.</summary>
internal static class Measure
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static double Milliseconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>An action that does nothing: a step with nothing to do before or after it.</summary>
    public static readonly Action Nothing = () => { };

    /// <summary>Runs each action once to warm up, then <paramref name="runs"/> rounds of all of them in turn; the medians, in ms.</summary>
    public static double[] Interleaved(int runs, params Action[] actions) => InterleavedAfter(Nothing, runs, actions);

    /// <summary>The median time of each action, run in turns; <paramref name="beforeEach"/> runs, unmeasured, before each.</summary>
    public static double[] InterleavedAfter(Action beforeEach, int runs, params Action[] actions)
    {
        foreach (var action in actions)
        {
            action();
        }

        var times = actions.Select(_ => new List<double>()).ToArray();
        for (var run = 0; run < runs; run++)
        {
            for (var i = 0; i < actions.Length; i++)
            {
                beforeEach();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                times[i].Add(Milliseconds(actions[i]));
            }
        }

        return times.Select(Median).ToArray();
    }

    /// <summary>
    /// Steps each timed after its unmeasured <c>Before</c> and followed by its unmeasured <c>After</c>: one
    /// warm-up round, then <paramref name="runs"/> rounds of all of them in turn; the median of each, in ms.
    /// </summary>
    public static double[] Interleaved(int runs, params (Action Before, Action Timed, Action After)[] steps)
    {
        var times = steps.Select(_ => new List<double>()).ToArray();
        for (var run = -1; run < runs; run++)
        {
            for (var i = 0; i < steps.Length; i++)
            {
                steps[i].Before();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var ms = Milliseconds(steps[i].Timed);
                steps[i].After();
                if (run >= 0)
                {
                    times[i].Add(ms);
                }
            }
        }

        return times.Select(Median).ToArray();
    }

    public static string Ms(double ms) => ms >= 100 ? ms.ToString("N0", CultureInfo.InvariantCulture) + " ms" : ms.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double ratio) => ratio.ToString(ratio < 0.1 ? "P2" : "N2", CultureInfo.InvariantCulture);

    public static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture) + " MiB";

    public static void Row(string figure, string value, string target, bool met, string command) =>
        Console.WriteLine($"| {figure} | {value} | {target} | {(met ? "met ✓" : "NOT met ✗")} | `{command}` |");
}
