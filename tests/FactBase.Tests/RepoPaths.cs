using System.IO;

namespace FactBase.Tests;

/// <summary>The repository's files, found from the test assembly upwards, so tests run on a fresh clone.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>A file by its path from the repository root, such as a fact's <see cref="Fact.Path"/>.</summary>
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
