using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactBase.Compiler.Pipeline;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// The content as the server sees it now: every content file on disk, with the client's open
/// documents in place of their files. Each version of a file is one <see cref="SourceFile"/>;
/// every change is numbered (a generation) and logged, so that the analysis can tell which files
/// changed since the state it last compiled. Safe from any thread.
/// </summary>
internal sealed class ContentFiles
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SourceFile> _disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (OpenDocument Document, SourceFile File)> _overlays = new(StringComparer.Ordinal);
    private readonly List<(long Generation, string Path)> _log = [];
    private long _generation;

    public ContentFiles(ContentRoot root)
    {
        Root = root;
    }

    public ContentRoot Root { get; }

    /// <summary>The number of the latest change.</summary>
    public long Generation
    {
        get
        {
            lock (_gate)
            {
                return _generation;
            }
        }
    }

    /// <summary>Reads every content file on disk (on every core): the state before any change.</summary>
    public void LoadAll(CancellationToken cancellation = default)
    {
        var files = Directory.EnumerateFiles(Root.FullPath, "*.md", SearchOption.AllDirectories)
            .Where(Root.IsContent)
            .AsParallel()
            .WithCancellation(cancellation)
            .Select(path => Disk(path, ContentText.Read(path)))
            .ToList();
        lock (_gate)
        {
            foreach (var file in files)
            {
                _disk[file.Path] = file;
            }

            _generation++;
        }
    }

    /// <summary>Every file as it is now, in path order, and the generation it is at.</summary>
    public (IReadOnlyList<SourceFile> Files, long Generation) Current()
    {
        lock (_gate)
        {
            var files = new List<SourceFile>(_disk.Count + _open.Count);
            foreach (var (path, file) in _disk)
            {
                files.Add(_open.ContainsKey(path) ? Overlay(path) : file);
            }

            foreach (var path in _open.Keys)
            {
                if (!_disk.ContainsKey(path))
                {
                    files.Add(Overlay(path));
                }
            }

            files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            return (files, _generation);
        }
    }

    /// <summary>The files changed after <paramref name="generation"/>, each as it is now (null: gone), and the generation now.</summary>
    public (IReadOnlyDictionary<string, SourceFile?> Changed, long Generation) ChangedSince(long generation)
    {
        lock (_gate)
        {
            var changed = new Dictionary<string, SourceFile?>(StringComparer.Ordinal);
            for (var i = _log.Count - 1; i >= 0 && _log[i].Generation > generation; i--)
            {
                changed[_log[i].Path] = FileAt(_log[i].Path);
            }

            return (changed, _generation);
        }
    }

    /// <summary>Forgets the changes a compiled state now holds.</summary>
    public void Compiled(long generation)
    {
        lock (_gate)
        {
            _log.RemoveAll(entry => entry.Generation <= generation);
        }
    }

    public OpenDocument? Document(string path)
    {
        lock (_gate)
        {
            return _open.GetValueOrDefault(path);
        }
    }

    /// <summary>The text of a content file as the server sees it: the open document's, else the file's on disk; null when there is none.</summary>
    public DocumentText? TextOf(string path)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(path, out var document))
            {
                return document.Text;
            }
        }

        return File.Exists(path) && Root.IsContent(path) ? new DocumentText(ContentText.Read(path)) : null;
    }

    public void Open(string path, OpenDocument document)
    {
        lock (_gate)
        {
            _open[path] = document;
            Log(path);
        }
    }

    public void Close(string path)
    {
        lock (_gate)
        {
            if (_open.Remove(path))
            {
                _overlays.Remove(path);
                Log(path);
            }
        }
    }

    /// <summary>Reads a file from disk again (saved, created, deleted or renamed outside the editor).</summary>
    public void Refresh(string path)
    {
        if (!Root.IsContent(path))
        {
            return;
        }

        var file = File.Exists(path) ? Disk(path, ContentText.Read(path)) : null;
        lock (_gate)
        {
            var before = _disk.GetValueOrDefault(path);
            if (file is null ? before is null : file.Equals(before))
            {
                return;
            }

            if (file is null)
            {
                _disk.Remove(path);
            }
            else
            {
                _disk[path] = file;
            }

            Log(path);
        }
    }

    /// <summary>Reads again every file known under a folder (deleted or renamed away with them).</summary>
    public void RefreshUnder(string folder)
    {
        List<string> known;
        lock (_gate)
        {
            known = [.. _disk.Keys.Where(path => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))];
        }

        foreach (var path in known)
        {
            Refresh(path);
        }
    }

    private SourceFile Disk(string path, string text) => new(path, Root.RelativePath(path)!, text);

    private SourceFile? FileAt(string path) => _open.ContainsKey(path) ? Overlay(path) : _disk.GetValueOrDefault(path);

    /// <summary>The open document as a source file, made once per version.</summary>
    private SourceFile Overlay(string path)
    {
        var document = _open[path];
        return _overlays.TryGetValue(path, out var made) && made.Document == document
            ? made.File
            : (_overlays[path] = (document, new SourceFile(path, Root.RelativePath(path)!, document.Text.Text))).File;
    }

    private void Log(string path)
    {
        _generation++;
        _log.Add((_generation, path));
    }
}
