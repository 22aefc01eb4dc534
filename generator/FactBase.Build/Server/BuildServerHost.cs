using System;
using System.IO;
using System.IO.Pipes;
using System.Threading;
using System.Threading.Tasks;

namespace FactBase.Build.Server;

/// <summary>
/// The build server: runs the build step for the builds of one user, in one process that stays up
/// between builds, so that each build finds the compiler core already compiled by the JIT (a new
/// process runs its first thousands of files in slow, unoptimized code). It keeps no state of its own:
/// every request reads the project's persistent cache, under its lock, as the task would. It exits when
/// no request has come for <see cref="IdleTimeout"/>.
/// </summary>
internal static class BuildServerHost
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// What a request read is garbage once it is answered, and the server idles long: the memory goes back
    /// once no request has come for this long, not at once, so that the collection does not take the
    /// cores from the compiler, which runs right after the build step.
    /// </summary>
    private static readonly TimeSpan CollectionDelay = TimeSpan.FromSeconds(3);

    /// <param name="idleTimeout">How long to wait for a request before exiting.</param>
    /// <param name="pipeName">Where to listen: <see cref="BuildServerPipe.Name"/> unless a test gives a pipe of its own.</param>
    public static int Run(TimeSpan idleTimeout, string? pipeName = null)
    {
        var active = 0;
        var lastDone = DateTime.UtcNow;
        var garbage = false;
        while (true)
        {
            var pipe = new NamedPipeServerStream(pipeName ?? BuildServerPipe.Name, PipeDirection.InOut, NamedPipeServerStream.MaxAllowedServerInstances, PipeTransmissionMode.Byte, PipeOptions.Asynchronous | BuildServerPipe.CurrentUserOnly);
            var connected = pipe.WaitForConnectionAsync();
            while (!connected.Wait(TimeSpan.FromSeconds(1)))
            {
                var idleFor = Volatile.Read(ref active) == 0 ? DateTime.UtcNow - lastDone : TimeSpan.Zero;
                if (idleFor > idleTimeout)
                {
                    pipe.Dispose();
                    return 0;
                }

                if (Volatile.Read(ref garbage) && idleFor > CollectionDelay)
                {
                    Volatile.Write(ref garbage, false);
                    GiveBackMemory();
                }
            }

            Interlocked.Increment(ref active);
            _ = Task.Run(() =>
            {
                try
                {
                    Serve(pipe);
                }
                finally
                {
                    pipe.Dispose();
                    lastDone = DateTime.UtcNow;
                    Volatile.Write(ref garbage, true);
                    Interlocked.Decrement(ref active);
                }
            });
        }
    }

    /// <summary>The texts, records and cache are large objects, whose heap compacts only when asked.</summary>
    private static void GiveBackMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>
    /// Answers the build as soon as its outputs are written, then saves the cache while the build goes on
    /// (the next build of the project waits for the cache's lock). A failure after the answer is the
    /// cache's alone: the build has what it needs, and the next one finds the cache stale or missing.
    /// </summary>
    private static void Serve(Stream pipe)
    {
        var answered = false;
        try
        {
            var request = BuildRequest.ReadFrom(BuildServerPipe.Read(pipe));
            request.Run(result =>
            {
                answered = true;
                Answer(pipe, BuildResponse.Of(result));
            });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // After the answer only the cache's save can fail, and the build that asked is not told.
            if (!answered)
            {
                Answer(pipe, new BuildResponse(Compiler.Common.EquatableArray<Compiler.Diagnostics.Diagnostic>.Empty, 0, 0, null, e.GetType().Name + ": " + e.Message));
            }
        }
    }

    private static void Answer(Stream pipe, BuildResponse response)
    {
        try
        {
            BuildServerPipe.Write(pipe, response.WriteTo);
        }
        catch (IOException)
        {
            // The build that asked has gone (cancelled); its outputs are written all the same.
        }
    }
}
