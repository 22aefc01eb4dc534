using System;

namespace FactBase.Compiler.Pipeline;

/// <summary>Paths as facts report them: under the content root, prefixed with the root folder's name.</summary>
public static class ContentPaths
{
    public static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary><c>/repo/content/people/ryan.md</c> under <c>/repo/content/</c> is <c>content/people/ryan.md</c>.</summary>
    public static string Relative(string path, string contentRoot)
    {
        var file = Normalize(path);
        var root = contentRoot.TrimEnd('/');
        if (root.Length > 0 && file.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase))
        {
            var rootName = root.Substring(root.LastIndexOf('/') + 1);
            return rootName + file.Substring(root.Length);
        }

        return file.Substring(file.LastIndexOf('/') + 1);
    }

    /// <summary>Whether the file is content: Markdown, and not a note or a draft (<see cref="IsIgnored"/>).</summary>
    public static bool IsContent(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !IsIgnored(path);

    /// <summary>Files starting with '_' are notes and drafts, never facts.</summary>
    public static bool IsIgnored(string path)
    {
        var file = Normalize(path);
        return file.Substring(file.LastIndexOf('/') + 1).StartsWith("_", StringComparison.Ordinal);
    }
}
