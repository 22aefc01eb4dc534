using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace FactBase.Cli.Terminal;

/// <summary>
/// A one-line spinner on standard error for runs long enough to wonder about: it draws
/// nothing until <c>delay</c> has passed, draws only when enabled (standard error is a
/// terminal), and erases itself when disposed, before the command prints its results.
/// </summary>
internal sealed class StatusSpinner : IDisposable
{
    /// <summary>How long a run may take before the spinner shows.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(400);

    private static readonly string[] Frames = ["|", "/", "-", "\\"];

    private readonly TextWriter? _writer;
    private readonly TimeSpan _delay;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private string _status = string.Empty;
    private int _frame;
    private bool _drawn;
    private bool _disposed;

    private StatusSpinner(TextWriter? writer, TimeSpan delay)
    {
        _writer = writer;
        _delay = delay;
        if (writer is not null)
        {
            _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>A spinner that draws on <paramref name="error"/> if <paramref name="enabled"/>, else does nothing.</summary>
    public static StatusSpinner Start(TextWriter error, bool enabled, TimeSpan? delay = null) =>
        new(enabled ? error : null, delay ?? DefaultDelay);

    /// <summary>What is happening now, such as "parsing 1200/5000 files".</summary>
    public void Update(string status)
    {
        lock (_gate)
        {
            _status = status;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _disposed = true;
            if (_drawn)
            {
                _writer!.Write("\r\u001b[2K");
                _writer.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_disposed || _clock.Elapsed < _delay)
            {
                return;
            }

            _writer!.Write($"\r\u001b[2K{Frames[_frame++ % Frames.Length]} {_status}");
            _writer.Flush();
            _drawn = true;
        }
    }
}
