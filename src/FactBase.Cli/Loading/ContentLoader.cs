using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactBase.Compiler.Pipeline;

namespace FactBase.Cli.Loading;

/// <summary>
/// The Markdown files under a folder, as the build would see them: every <c>.md</c> except
/// files whose name starts with '_'. Paths are shown as given on the command line
/// (<c>content/people/ryan.md</c>), so they match what the user typed.
/// </summary>
internal static class ContentLoader
{
    /// <summary>Reads and hashes the files, in path order, calling <paramref name="onFileRead"/> with the count read so far.</summary>
    public static List<SourceFile> Load(string directory, Action<int>? onFileRead = null)
    {
        var root = Path.GetFullPath(directory);
        var rootName = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var paths = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('_'))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .ToList();

        // Read and hashed on every core: a file system's latency overlaps, and so does the hashing.
        var files = new SourceFile?[paths.Count];
        var read = 0;
        Workers.Run(Enumerable.Range(0, paths.Count).ToList(), i =>
        {
            files[i] = Source(i);
            onFileRead?.Invoke(Interlocked.Increment(ref read));
        }, CancellationToken.None);

        // Whatever a worker left undone, done here, where a failure is seen.
        var all = new List<SourceFile>(files.Length);
        for (var i = 0; i < files.Length; i++)
        {
            all.Add(files[i] ?? Source(i));
        }

        return all;

        SourceFile Source(int i) =>
            new(Path.Join(directory, paths[i]).Replace('\\', '/'), rootName + "/" + paths[i], ContentText.Read(Path.Join(root, paths[i])));
    }
}
