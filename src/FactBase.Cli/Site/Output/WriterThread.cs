using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace FactBase.Cli.Site.Output;

/// <summary>
/// Writes the site's files one at a time on a thread of its own, while the pages are made on every
/// core. Creating a file takes the kernel's lock on its folder, and 10,000 fact pages share one
/// folder: cores that each created their own pages waited on that lock, spinning, instead of making
/// pages. A page made while the writer is behind waits in a short queue; the makers wait when it is full.
/// A page written is done with: its buffer, if the pool lent it, goes back for the next page (<see cref="SitePage.Release"/>).
/// </summary>
internal sealed class WriterThread : IDisposable
{
    /// <summary>Enough pages to keep the writer busy, few enough that waiting pages stay young garbage.</summary>
    private const int Waiting = 256;

    private readonly BlockingCollection<SitePage> _pages = new(Waiting);
    private readonly CancellationTokenSource _failed = new();
    private readonly Thread _thread;
    private Exception? _failure;

    public WriterThread(Action<SitePage> write)
    {
        _thread = new Thread(() =>
        {
            try
            {
                foreach (var page in _pages.GetConsumingEnumerable())
                {
                    write(page);
                    page.Release();
                }
            }
            catch (Exception e)
            {
                // The makers stop at their next page, and the failure is thrown where the site is written.
                _failure = e;
                _failed.Cancel();
            }
        })
        {
            IsBackground = true,
            Name = "factbase site writer",
        };
        _thread.Start();
    }

    /// <summary>Hands a page to the writer; called on every core at once.</summary>
    public void Write(SitePage page)
    {
        try
        {
            _pages.Add(page, _failed.Token);
        }
        catch (OperationCanceledException)
        {
            ExceptionDispatchInfo.Throw(_failure!);
        }
    }

    /// <summary>Returns when every page handed over is written, or throws what stopped the writer.</summary>
    public void Finish()
    {
        _pages.CompleteAdding();
        _thread.Join();
        if (_failure is not null)
        {
            ExceptionDispatchInfo.Throw(_failure);
        }
    }

    public void Dispose()
    {
        if (!_pages.IsAddingCompleted)
        {
            _pages.CompleteAdding();
        }

        _thread.Join();
        _pages.Dispose();
        _failed.Dispose();
    }
}
