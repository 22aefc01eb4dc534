using System;
using System.IO;

namespace FactBase.Cli.Tests;

/// <summary>A content folder in the temp directory, deleted after the test.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "factbase-" + Guid.NewGuid().ToString("N"), "content");
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    public string Root { get; }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
}
