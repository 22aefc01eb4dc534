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

    /// <param name="idleTimeout">How long to wait for a request before exiting.</param>
    /// <param name="pipeName">Where to listen: <see cref="BuildServerPipe.Name"/> unless a test gives a pipe of its own.</param>
    public static int Run(TimeSpan idleTimeout, string? pipeName = null)
    {
        var active = 0;
        var lastDone = DateTime.UtcNow;
        while (true)
        {
            var pipe = new NamedPipeServerStream(pipeName ?? BuildServerPipe.Name, PipeDirection.InOut, NamedPipeServerStream.MaxAllowedServerInstances, PipeTransmissionMode.Byte, PipeOptions.Asynchronous | BuildServerPipe.CurrentUserOnly);
            var connected = pipe.WaitForConnectionAsync();
            while (!connected.Wait(TimeSpan.FromSeconds(1)))
            {
                if (Volatile.Read(ref active) == 0 && DateTime.UtcNow - lastDone > idleTimeout)
                {
                    pipe.Dispose();
                    return 0;
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
                    Interlocked.Decrement(ref active);

                    // What a request read is garbage once it is answered: give it back, the server idles long.
                    // The texts, records and cache are large objects, whose heap compacts only when asked.
                    System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                }
            });
        }
    }

    private static void Serve(Stream pipe)
    {
        BuildResponse response;
        try
        {
            var request = BuildRequest.ReadFrom(BuildServerPipe.Read(pipe));
            response = BuildResponse.Of(request.Run());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            response = new BuildResponse(Compiler.Common.EquatableArray<Compiler.Diagnostics.Diagnostic>.Empty, 0, 0, null, e.GetType().Name + ": " + e.Message);
        }

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
