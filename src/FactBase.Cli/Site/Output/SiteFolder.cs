using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace FactBase.Cli.Site.Output;

/// <summary>
/// The folder a site is written to. It must be empty, or a site that factbase wrote before (it
/// leaves a marker file): then the files the new site does not have are deleted, so a fact removed
/// from the content leaves no page behind. Any other folder is refused, so that a mistyped
/// <c>-o</c> never deletes someone's files.
/// </summary>
internal sealed class SiteFolder
{
    public const string Marker = ".factbase-site";

    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    /// <summary>Whether the folder held a site before this run: a new or empty one has no files to delete.</summary>
    private readonly bool _heldSite;
    private long _bytes;

    private SiteFolder(string root, bool heldSite)
    {
        Root = root;
        _heldSite = heldSite;
    }

    public string Root { get; }

    public int Files => _written.Count;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The folder, created if need be; null, with the reason, when it holds files that are not a site.</summary>
    public static SiteFolder? Open(string path, out string? refusal)
    {
        refusal = null;
        var root = Path.GetFullPath(path);
        if (File.Exists(root))
        {
            refusal = $"'{path}' is a file; give a folder to write the site into";
            return null;
        }

        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any() && !File.Exists(Path.Combine(root, Marker)))
        {
            refusal = $"'{path}' is not empty and is not a site factbase wrote; give an empty or new folder";
            return null;
        }

        var heldSite = File.Exists(Path.Combine(root, Marker));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, Marker), "A site written by 'factbase site'. Files here that the next run does not write are deleted.\n");
        return new SiteFolder(root, heldSite);
    }

    /// <summary>Writes a page.</summary>
    public void Write(SitePage page)
    {
        var target = Path.Combine(Root, page.Path);
        // Each folder once, not a system call a file (10,000 fact pages share one folder); a page
        // whose folder another thread is creating waits for it.
        _ = _folders.GetOrAdd(Path.GetDirectoryName(target)!, folder => new(() => Directory.CreateDirectory(folder))).Value;
        // In a folder that held no site every file is new, and is created as such rather than opened
        // and truncated: ext4 writes a truncated file out as soon as it is closed. A page written
        // twice in one run is written over, and the last one stays, as in a folder that held a site.
        if (_heldSite || !NewFile.TryWrite(target, page.Bytes))
        {
            using var file = File.OpenHandle(target, FileMode.Create, FileAccess.Write, FileShare.Read);
            RandomAccess.Write(file, page.Bytes, 0);
        }

        _written[page.Path] = 0;
        Interlocked.Add(ref _bytes, page.Length);
    }

    /// <summary>Deletes the files of an earlier run that this one did not write, and the folders left empty.</summary>
    public void RemoveStale()
    {
        if (!_heldSite)
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            if (relative != Marker && !_written.ContainsKey(relative))
            {
                File.Delete(file);
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }
}
