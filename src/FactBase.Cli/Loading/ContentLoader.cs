using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Loading;

/// <summary>
/// The Markdown files under a folder, as the build would see them: every <c>.md</c> except
/// files whose name starts with '_'. Paths are shown as given on the command line
/// (<c>content/people/ryan.md</c>), so they match what the user typed.
/// </summary>
internal static class ContentLoader
{
    public static IReadOnlyList<ContentFile> Load(string directory) => Load(directory, onFileRead: null);

    /// <summary>Reads the files, calling <paramref name="onFileRead"/> with the count read so far.</summary>
    public static IReadOnlyList<ContentFile> Load(string directory, Action<int>? onFileRead)
    {
        var root = Path.GetFullPath(directory);
        var rootName = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var read = 0;
        // Read on every core (a file system's latency overlaps), then sorted: the order does not depend on it.
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('_'))
            .AsParallel()
            .Select(path =>
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                var display = Path.Join(directory, relative).Replace('\\', '/');
                var file = new ContentFile(display, rootName + "/" + relative, ContentText.Read(path));
                onFileRead?.Invoke(System.Threading.Interlocked.Increment(ref read));
                return file;
            })
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
