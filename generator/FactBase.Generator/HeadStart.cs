using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace FactBase.Generator;

/// <summary>
/// Runs items of work on the calling thread, helped by thread-pool threads when they come. The
/// caller never waits for a helper to start (a busy pool, as in an IDE or a test run, must not
/// stall the build: Parallel.ForEach would wait for queued helpers), only for items a helper has
/// already taken. Work that throws is left undone: everything run here is a head start that the
/// pipeline's own step repeats, and reports, when it finds nothing.
/// </summary>
internal static class HeadStart
{
    public static void Run<T>(IReadOnlyList<T> items, Action<T> work, CancellationToken cancellationToken)
    {
        var next = -1;
        var done = 0;
        using var finished = new ManualResetEventSlim(false);

        void Drain()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < items.Count)
            {
                try
                {
                    if (!cancellationToken.IsCancellationRequested)
                    {
                        work(items[index]);
                    }
                }
                catch (Exception)
                {
                    // Left to the step that does this item's work anyway.
                }
                finally
                {
                    if (Interlocked.Increment(ref done) == items.Count)
                    {
                        finished.Set();
                    }
                }
            }
        }

        // RS1035 bans Environment for its variables (settings belong in options); the core count is no setting.
#pragma warning disable RS1035
        var cores = Environment.ProcessorCount;
#pragma warning restore RS1035
        for (var helper = 1; helper < cores && helper < items.Count; helper++)
        {
            Task.Run(Drain, CancellationToken.None);
        }

        Drain();
        finished.Wait(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
