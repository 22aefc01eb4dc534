using System;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Compiler.Pipeline;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// One compile of the whole content into a <see cref="Snapshot"/>, on a thread of the pool, which an
/// edit can cancel: the edit's view must not wait for it nor share the cores with it. A cancelled
/// compile ends as a cancelled task, before a snapshot exists, so nothing of it is installed or
/// published; the files' results it read are in the cache only if it finished reading them all.
/// </summary>
internal sealed class Recompile : IDisposable
{
    private readonly CancellationTokenSource _cancel;

    private Recompile(CancellationTokenSource cancel, Task<Snapshot> task, bool urgent)
    {
        _cancel = cancel;
        Task = task;
        Urgent = urgent;
    }

    /// <summary>Ends with the snapshot, or cancelled (by <see cref="CancelAsync"/> or by the session's stop).</summary>
    public Task<Snapshot> Task { get; }

    /// <summary>Started at once because a view could not be exact, not after a pause.</summary>
    public bool Urgent { get; }

    /// <param name="starting">Called on the compile's thread before it starts (see <see cref="Analyzer.Compiling"/>).</param>
    public static Recompile Start(ContentFiles files, CompileOptions options, ResultCache cache, bool urgent, Action<CancellationToken>? starting, CancellationToken stop)
    {
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var token = cancel.Token;
        var (inputs, generation) = files.Current();
        var task = System.Threading.Tasks.Task.Run(
            () =>
            {
                starting?.Invoke(token);
                return Snapshot.Compile(inputs, generation, options, cache, token);
            },
            token);
        return new Recompile(cancel, task, urgent);
    }

    public Task CancelAsync() => _cancel.CancelAsync();

    /// <summary>Only once <see cref="Task"/> has ended: the compile may still read the token until then.</summary>
    public void Dispose() => _cancel.Dispose();
}
