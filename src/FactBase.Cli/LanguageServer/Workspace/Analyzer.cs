using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Compiler.Pipeline;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// Keeps the analysis of the content up with its files, on a thread of its own. Each change is
/// answered at once by a <see cref="WorkspaceView"/> over the last snapshot (the changed files
/// checked again, their refs and their dependents' resolved again), whose diagnostics are published
/// when they are exact; and, once the changes pause (or at once when the view cannot be exact), by a
/// new <see cref="Snapshot"/>: the whole content through the one pipeline, with one
/// <see cref="ResultCache"/> for the session, so only the changed files are read again. An edit
/// cancels a compile that a pause started (<see cref="Recompile"/>), so that its view neither waits
/// for it nor shares the cores with it.
/// </summary>
internal sealed class Analyzer
{
    /// <summary>How long the changes must pause before the whole content is linked again.</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(250);

    private readonly ContentFiles _files;
    private readonly CompileOptions _options;
    private readonly ResultCache _cache = new();
    private readonly Func<WorkspaceView, IReadOnlyCollection<string>, bool, Task> _publish;
    private readonly TextWriter _log;
    private readonly TimeSpan _quiet;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly object _gate = new();
    private readonly List<(long Generation, TaskCompletionSource<WorkspaceView> Done)> _waiters = [];
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WorkspaceView? _view;

    /// <param name="publish">Called with a view and the paths whose diagnostics may have changed; <c>true</c> when every file's may have (a new snapshot).</param>
    public Analyzer(ContentFiles files, CompileOptions options, Func<WorkspaceView, IReadOnlyCollection<string>, bool, Task> publish, TextWriter log, TimeSpan? quiet = null)
    {
        _files = files;
        _options = options;
        _publish = publish;
        _log = log;
        _quiet = quiet ?? DefaultQuiet;
    }

    /// <summary>Called on the compile's thread as each whole compile starts: tests hold one there, so that an edit arrives during it.</summary>
    internal Action<CancellationToken>? Compiling { get; init; }

    /// <summary>The latest view; null until the content is first compiled.</summary>
    public WorkspaceView? Current => Volatile.Read(ref _view);

    /// <summary>Done when the content was first compiled and every diagnostic of it published.</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>Says that files changed; the analysis follows on its own thread.</summary>
    public void Changed() => _signal.Release();

    /// <summary>
    /// The view of every change made before the call; the latest view if that takes longer than
    /// <paramref name="patience"/> (a request is answered late rather than never); null before the first.
    /// </summary>
    public async Task<WorkspaceView?> FreshAsync(TimeSpan patience, CancellationToken cancellation)
    {
        var wanted = _files.Generation;
        TaskCompletionSource<WorkspaceView> done;
        lock (_gate)
        {
            if (_view is { } view && view.Generation >= wanted)
            {
                return view;
            }

            done = new TaskCompletionSource<WorkspaceView>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((wanted, done));
        }

        try
        {
            return await done.Task.WaitAsync(patience, cancellation).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Current;
        }
    }

    /// <summary>Reads the content, then follows its changes until <paramref name="stop"/>.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        await Task.Run(() => _files.LoadAll(stop), stop).ConfigureAwait(false);
        Snapshot? snapshot = null;
        Recompile? full = null;
        Task? signal = null;
        var (wanted, urgent) = (true, true);
        var lastChange = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            var quietLeft = _quiet - lastChange.Elapsed;
            if (full is null && wanted && (urgent || quietLeft <= TimeSpan.Zero))
            {
                full = Recompile.Start(_files, _options, _cache, urgent, Compiling, stop);
                (wanted, urgent) = (false, false);
            }

            signal ??= _signal.WaitAsync(stop);
            var waits = new List<Task> { signal };
            if (full is not null)
            {
                waits.Add(full.Task);
            }
            else if (wanted)
            {
                waits.Add(Task.Delay(quietLeft > TimeSpan.Zero ? quietLeft : TimeSpan.Zero, stop));
            }

            await Task.WhenAny(waits).ConfigureAwait(false);
            if (full is { Task.IsCompleted: true } ended)
            {
                full = null;
                ended.Dispose();

                // One cancelled (by an edit, or the stop) leaves nothing: the next pause compiles again.
                if (!ended.Task.IsCanceled && await Compiled(ended.Task, snapshot).ConfigureAwait(false) is { } compiled)
                {
                    snapshot = compiled;
                    urgent |= !await Update(snapshot, everyFile: true).ConfigureAwait(false);
                    _loaded.TrySetResult();
                }
            }

            if (signal.IsCompleted)
            {
                if (signal.IsCanceled)
                {
                    break;
                }

                signal = null;
                while (_signal.CurrentCount > 0)
                {
                    _signal.Wait(0, CancellationToken.None); // one analysis answers every change so far
                }

                lastChange.Restart();
                wanted = true;

                // A compile started by a pause would share the cores with this edit's view and be out
                // of date when done: cancelled, it starts again after the next pause. One started
                // because a view could not be exact runs on, else typing could keep it from ever ending.
                if (full is { Urgent: false, Task.IsCompleted: false })
                {
                    await full.CancelAsync().ConfigureAwait(false);
                }

                if (snapshot is not null)
                {
                    urgent |= !await Update(snapshot, everyFile: false).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<Snapshot?> Compiled(Task<Snapshot> full, Snapshot? previous)
    {
        try
        {
            var snapshot = await full.ConfigureAwait(false);
            _files.Compiled(snapshot.Generation);
            return snapshot;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failure of ours, not of the content: said on standard error, and the last snapshot stands.
            await _log.WriteLineAsync($"factbase lsp: compiling the content failed: {e}").ConfigureAwait(false);
            return previous;
        }
    }

    /// <summary>A new view over <paramref name="snapshot"/>, published; false when its diagnostics could not be exact.</summary>
    private async Task<bool> Update(Snapshot snapshot, bool everyFile)
    {
        var (changed, generation) = _files.ChangedSince(snapshot.Generation);
        var view = changed.Count == 0 ? WorkspaceView.Of(snapshot) : WorkspaceView.Over(snapshot, changed, generation, _options);
        var previous = Current;
        lock (_gate)
        {
            _view = view;
            _waiters.RemoveAll(waiter =>
            {
                var met = waiter.Generation <= view.Generation;
                if (met)
                {
                    waiter.Done.TrySetResult(view);
                }

                return met;
            });
        }

        if (view.Exact || everyFile)
        {
            var paths = new HashSet<string>(view.DiagnosedPaths, StringComparer.Ordinal);
            if (previous is not null && previous.Snapshot == snapshot)
            {
                paths.UnionWith(previous.DiagnosedPaths); // back to the snapshot's
            }

            await _publish(view, paths, everyFile).ConfigureAwait(false);
        }

        return view.Exact;
    }
}
