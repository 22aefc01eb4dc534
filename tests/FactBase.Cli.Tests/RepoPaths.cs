using System;
using System.IO;

namespace FactBase.Cli.Tests;

/// <summary>The repository's folders, found from the test assembly upwards.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactBase.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactBase.sln not found above " + AppContext.BaseDirectory);
    }
}
