using System;
using System.IO;

namespace FactBase.TestSupport;

/// <summary>
/// The repository's files, found from the test assembly upwards, so tests run on a fresh clone
/// (and not from [CallerFilePath], which deterministic CI builds map to '/_/'). Linked into
/// every test project by tests/Directory.Build.props.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped knowledge base.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>A file by its path from the repository root, such as a fact's <c>Path</c>.</summary>
    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "FactBase.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactBase.sln not found above " + AppContext.BaseDirectory);
    }
}
