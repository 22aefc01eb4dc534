using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace FactBase.Cli.Terminal;

/// <summary>
/// For the commands that run until stopped (<c>watch</c>, <c>serve</c>): Ctrl+C and a polite kill
/// (SIGTERM) cancel the token the command runs with, so that it stops cleanly and exits 0, instead
/// of ending the process.
/// </summary>
internal static class StopSignals
{
    public static async Task<int> RunAsync(CancellationToken cancellation, Func<CancellationToken, Task<int>> run)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return await run(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
