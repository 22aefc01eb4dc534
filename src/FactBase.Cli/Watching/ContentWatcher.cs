using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace FactBase.Cli.Watching;

/// <summary>
/// Changes to a content folder's Markdown, in bursts: a save, a create, a rename or a delete of a
/// file the knowledge base reads (drafts starting with '_' and editors' temp files do not count),
/// and folders moved in or out with their files. Saves that come in a burst (an editor writing a
/// temp file and renaming it, a <c>git checkout</c>) are taken together once they settle, but not
/// for ever: a file written without pause still gets through. What <c>watch</c> and <c>serve</c> wait on.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    private readonly string _directory;
    private readonly string _root;
    private readonly TimeSpan _debounce;
    private readonly Channel<string?> _events = Channel.CreateUnbounded<string?>();
    private readonly FileSystemWatcher _watcher;

    // Folders under the root, to tell a folder deleted or renamed away (whose files go with it)
    // from an editor's extensionless temp file (vim's '4913'), which does not matter.
    private readonly HashSet<string> _folders;

    public ContentWatcher(string directory, TimeSpan debounce)
    {
        _directory = directory;
        _root = Path.GetFullPath(directory);
        _debounce = debounce;
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => _events.Writer.TryWrite(e.FullPath);
        _watcher.Created += (_, e) => _events.Writer.TryWrite(e.FullPath);
        _watcher.Deleted += (_, e) => _events.Writer.TryWrite(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            _events.Writer.TryWrite(e.OldFullPath);
            _events.Writer.TryWrite(e.FullPath);
        };
        // Too many events at once (the watcher's buffer overflowed): everything may have changed.
        _watcher.Error += (_, _) => _events.Writer.TryWrite(null);
        _watcher.EnableRaisingEvents = true;
        _folders = Directory.EnumerateDirectories(_root, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A Markdown file the knowledge base reads: <c>.md</c>, not starting with '_'.</summary>
    public static bool IsContent(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(path).StartsWith('_');

    /// <summary>
    /// Waits for the next burst of changes that matter, and returns the content files it touched, as
    /// paths under the folder as it was given (empty when only folders, or too many files, changed).
    /// </summary>
    public async Task<IReadOnlyCollection<string>> NextAsync(CancellationToken cancellation)
    {
        while (true)
        {
            var changed = new SortedSet<string>(StringComparer.Ordinal);
            var any = false;
            Note(await _events.Reader.ReadAsync(cancellation).ConfigureAwait(false));

            var burst = Stopwatch.StartNew();
            var longest = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(2).Ticks, _debounce.Ticks * 10));
            while (burst.Elapsed < longest && await NextWithin(_debounce, cancellation).ConfigureAwait(false) is (true, var next))
            {
                Note(next);
            }

            if (any)
            {
                return changed;
            }

            // Only files the knowledge base ignores changed (editor temp files, drafts): wait on.
            void Note(string? path)
            {
                if (path is null)
                {
                    any = true;
                }
                else if (IsContent(path))
                {
                    any = true;
                    changed.Add(Path.Join(_directory, Path.GetRelativePath(_root, path)).Replace('\\', '/'));
                }
                else if (Directory.Exists(path))
                {
                    // A folder created or moved in: it matters if it brings Markdown files.
                    _folders.Add(path);
                    any |= Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Any(IsContent);
                }
                else if (_folders.Remove(path))
                {
                    any = true; // A folder deleted or moved away, with its files.
                }
            }
        }
    }

    public void Dispose() => _watcher.Dispose();

    /// <summary>The next event if one comes within <paramref name="quiet"/>; none once things have settled.</summary>
    private async Task<(bool Found, string? Path)> NextWithin(TimeSpan quiet, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(quiet);
        try
        {
            return (true, await _events.Reader.ReadAsync(timeout.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (false, null);
        }
    }
}
