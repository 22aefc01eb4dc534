using System;
using System.IO;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace FactBase.Benchmarks;

/// <summary>
/// The floor: what reading the same files with Markdig and YamlDotNet costs and nothing else, on
/// one thread. Each file is read, its front matter loaded into YamlDotNet's representation model
/// and its body rendered to HTML by Markdig (CommonMark plus pipe tables, FactBase's pipeline).
/// </summary>
internal static class Floor
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static int Load(string contentRoot)
    {
        var nodes = 0;
        foreach (var path in Directory.EnumerateFiles(contentRoot, "*.md", SearchOption.AllDirectories))
        {
            nodes += LoadFile(File.ReadAllText(path));
        }

        return nodes;
    }

    public static int LoadFile(string text)
    {
        var open = text.IndexOf("---", StringComparison.Ordinal);
        var close = text.IndexOf("\n---", open + 3, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[(open + 3)..close]));
        var html = Markdown.ToHtml(text[(close + 4)..], Pipeline);
        return yaml.Documents.Count + html.Length;
    }
}
