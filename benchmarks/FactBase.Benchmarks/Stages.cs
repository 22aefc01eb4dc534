using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using FactBase.Rendering;
using YamlDotNet.RepresentationModel;

namespace FactBase.Benchmarks;

/// <summary>
/// Where a cold build step's time and allocations go, stage by stage, through the core alone (no
/// Roslyn driver, no MSBuild), beside the floor's own parts: YamlDotNet's representation model and
/// Markdig's HTML. Allocations are the calling thread's.
/// </summary>
internal static class Stages
{
    public static void Run(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => new ContentFile(p, "content/" + Path.GetRelativePath(root, p), File.ReadAllText(p))).ToList();
        var bodies = files.Select(f => f.Text.Substring(FrontMatterSplitter.Split(f.Text).BodyStart)).ToList();
        for (var round = 0; round < 3; round++)
        {
            var floor = Timed(() => files.ForEach(f => Floor.LoadFile(f.Text)));
            var yamlStream = Timed(() => files.ForEach(f => new YamlStream().Load(new StringReader(YamlOf(f.Text)))));
            var html = Timed(() => bodies.ForEach(b => Markdig.Markdown.ToHtml(b, Floor.Pipeline)));
            var frontMatter = Timed(() => files.ForEach(f => FrontMatterReader.Read(f.Path, f.Text, FrontMatterSplitter.Split(f.Text), ReadOptions.Default, new List<Diagnostic>())));
            var markdown = Timed(() => bodies.ForEach(b => MarkdownRenderer.Check(b, out _)));

            // The pipeline on every core, as a cold build step runs it; then what the generator and the records add.
            var sources = files.Select(f => new SourceFile(f.Path, f.RelativePath, f.Text)).ToList();
            var parse = Timed(() => files.ForEach(f => FileParser.Parse(f, ReadOptions.Default)));
            CompiledContent compiled = null!;
            var pipeline = Timed(() => compiled = ContentPipeline.Compile(sources, new CompileOptions(ReadOptions.Default, Records: true)));
            var outputs = Timed(() => BuildStep.Outputs(compiled));
            var context = new EmitContext(compiled.Schema, "Bench");
            Layout layout = null!;
            var layoutTime = Timed(() => layout = Placement.Place(context.Plan, FactKeys.Of(compiled.Files), compiled.Link).Layout(context));
            long chars = 0;
            var emit = Timed(() => chars = CSharpEmitter.Emit(context, layout).Sum(s => (long)s.Text.Length));

            Console.WriteLine(
                $"floor {floor} (YamlStream {yamlStream}, Markdig HTML {html}) | parse, one thread {parse} (front matter {frontMatter}, Markdown check {markdown}) "
                + $"| pipeline, every core {pipeline}, records and index {outputs}, layout {layoutTime}, emit {emit} ({chars / 1_000_000.0:F1} M chars, {layout.Chunks.Count} chunks)");
        }
    }

    private static string YamlOf(string text)
    {
        var split = FrontMatterSplitter.Split(text);
        return text.Substring(split.YamlStart, split.YamlLength);
    }

    /// <summary>Milliseconds and megabytes allocated on this thread.</summary>
    private static string Timed(Action work)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var ms = Measure.Milliseconds(work);
        return $"{ms:F0} ms/{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1_000_000.0:F0} MB";
    }
}
