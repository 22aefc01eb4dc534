using System;
using System.Collections.Generic;
using System.IO;
using FactBase.Cli.LanguageServer.Protocol;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// The content folder the server serves, and the mapping between its files' paths and the
/// client's URIs. Paths are full paths; a fact's relative path is the folder's name and the path
/// under it (<c>content/places/texas.md</c>), as <c>factbase check</c> and the build report it.
/// </summary>
internal sealed class ContentRoot
{
    private ContentRoot(string fullPath)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        Name = Path.GetFileName(FullPath);
    }

    public string FullPath { get; }

    public string Name { get; }

    /// <summary>
    /// The folder given on the command line, else the first workspace folder's <c>content/</c>, else
    /// a workspace folder that holds <c>kinds/</c> itself; null when none is there.
    /// </summary>
    public static ContentRoot? Find(string? given, InitializeParams initialize)
    {
        if (given is not null)
        {
            return Directory.Exists(given) ? new ContentRoot(given) : null;
        }

        var folders = new List<string>();
        foreach (var folder in initialize.WorkspaceFolders ?? [])
        {
            if (PathOf(folder.Uri) is { } path)
            {
                folders.Add(path);
            }
        }

        if (initialize.RootUri is { } rootUri && PathOf(rootUri) is { } root)
        {
            folders.Add(root);
        }
        else if (initialize.RootPath is { } rootPath)
        {
            folders.Add(rootPath);
        }

        foreach (var folder in folders)
        {
            if (Directory.Exists(Path.Combine(folder, "content")))
            {
                return new ContentRoot(Path.Combine(folder, "content"));
            }

            if (Directory.Exists(Path.Combine(folder, "kinds")))
            {
                return new ContentRoot(folder);
            }
        }

        return null;
    }

    /// <summary>A content root for a folder known to exist (tests, benchmarks).</summary>
    public static ContentRoot At(string folder) => new(folder);

    /// <summary>The local path of a <c>file:</c> URI; null for any other scheme or a URI that does not parse.</summary>
    public static string? PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    /// <summary>Whether the path is a file the knowledge base reads: Markdown under the folder, not a note (<c>_</c>).</summary>
    public bool IsContent(string path) =>
        Contains(path) && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(path).StartsWith('_');

    public bool Contains(string path) => path.StartsWith(FullPath + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The file's content path if it is content: <c>content/places/texas.md</c>; else null.</summary>
    public string? RelativePath(string path) =>
        IsContent(path) ? Name + "/" + Path.GetRelativePath(FullPath, path).Replace('\\', '/') : null;
}
