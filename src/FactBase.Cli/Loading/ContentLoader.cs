using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Compiler.Pipeline;

namespace FactBase.Cli.Loading;

/// <summary>
/// The Markdown files under a folder, as the build would see them: every <c>.md</c> except
/// files whose name starts with '_'. Paths are shown as given on the command line
/// (<c>content/people/ryan.md</c>), so they match what the user typed.
/// </summary>
internal static class ContentLoader
{
    /// <summary>
    /// The files in path order, each read when first asked for (<see cref="SourceFile.OnDisk"/>): a
    /// command reads them while it parses them (<see cref="ReadAhead"/>), not all of them before.
    /// </summary>
    public static List<SourceFile> Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        var rootName = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('_'))
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .Select(file => SourceFile.OnDisk(Path.Join(directory, file.Relative).Replace('\\', '/'), rootName + "/" + file.Relative, file.Path))
            .ToList();
    }
}
