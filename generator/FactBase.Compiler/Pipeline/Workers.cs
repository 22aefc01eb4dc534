using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// Runs items of work on the calling thread, helped by thread-pool threads when they come. The
/// caller never waits for a helper to start (a busy pool, as in an IDE or a test run, must not
/// stall the build: Parallel.ForEach would wait for queued helpers), only for items a helper has
/// already taken. Work that throws is left undone: the pipeline does every item left undone again
/// on the calling thread, where a failure is reported.
/// </summary>
public static class Workers
{
    /// <summary>Items fewer than this are done on the calling thread alone: starting helpers costs more than they save.</summary>
    public const int ParallelThreshold = 64;

    public static void Run<T>(IReadOnlyList<T> items, Action<T> work, CancellationToken cancellationToken)
    {
        if (items.Count < ParallelThreshold)
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Try(item, work, cancellationToken);
            }

            return;
        }

        var next = -1;
        var done = 0;
        using var finished = new ManualResetEventSlim(false);

        void Drain()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < items.Count)
            {
                Try(items[index], work, cancellationToken);
                if (Interlocked.Increment(ref done) == items.Count)
                {
                    finished.Set();
                }
            }
        }

        for (var helper = 1; helper < Environment.ProcessorCount && helper < items.Count; helper++)
        {
            Task.Run(Drain, CancellationToken.None);
        }

        Drain();
        finished.Wait(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void Try<T>(T item, Action<T> work, CancellationToken cancellationToken)
    {
        try
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                work(item);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Left undone: the caller does it again, alone, and reports what fails.
        }
    }
}
