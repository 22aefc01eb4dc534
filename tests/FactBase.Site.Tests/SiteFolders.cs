using System;
using System.IO;
using FactBase.Cli.Commands;
using FactBase.Cli.Site;
using FactBase.Compiler.Reading;

namespace FactBase.Site.Tests;

/// <summary>A content folder and the site written from it, in the temp folder; deleted afterwards.</summary>
public sealed class SiteFolders : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factbase-site-" + Guid.NewGuid().ToString("N"));

    public SiteFolders()
    {
        Content = Path.Combine(_root, "content");
        Site = Path.Combine(_root, "site");
        Directory.CreateDirectory(Content);
    }

    public string Content { get; }

    public string Site { get; }

    /// <summary>The shipped content, plus extra files (path under the content, text).</summary>
    public static SiteFolders OfShipped(params (string Path, string Text)[] extra)
    {
        var folders = new SiteFolders();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            folders.Write(Path.GetRelativePath(RepoPaths.Content, file), File.ReadAllText(file));
        }

        foreach (var (path, text) in extra)
        {
            folders.Write(path, text);
        }

        return folders;
    }

    public void Write(string relative, string text)
    {
        var full = Path.Combine(Content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Writes the site with <c>factbase site</c>; returns its exit code and standard error.</summary>
    public (int Code, string Error) Build()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteCommand.Run(Content, Site, SiteOptions.Default, ReadOptions.Default, output, error);
        return (code, error.ToString());
    }

    /// <summary>A page of the site as a file:// address, with its query if it has one (<c>search.html?q=a</c>).</summary>
    public string Url(string page)
    {
        var query = page.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? new Uri(Path.Combine(Site, page)).AbsoluteUri : Url(page[..query]) + page[query..];
    }

    public bool IsOwn(string url) => url.StartsWith(new Uri(Site + "/").AbsoluteUri, StringComparison.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
