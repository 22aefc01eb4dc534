using System;
using System.IO;

namespace FactBase.Cli.Tests;

/// <summary>A content folder in the temp directory, deleted after the test.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "factbase-" + Guid.NewGuid().ToString("N"), "content");
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    /// <summary>A copy of the shipped content, for commands that write (new, schema --output).</summary>
    public static TempContent CopyOfShipped()
    {
        var content = new TempContent();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content.Root, Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return content;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Text(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
}
