using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;
using FactBase.Rendering;
using YamlDotNet.RepresentationModel;

namespace FactBase.Benchmarks;

/// <summary>
/// Where a cold run's time and allocations go, stage by stage, through the core alone (no Roslyn
/// driver, one thread), beside the floor's own parts: YamlDotNet's representation model and
/// Markdig's HTML.
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

            List<ParsedFile> parsed = null!;
            // Front matter kept, so the check stage checks and does not read the YAML again: in a cold run
            // the generator hands each file's mapping from its parse straight to its check (ColdStart).
            var parse = Timed(() => parsed = files.Select(f => FileParser.Parse(f, ReadOptions.Default, keepFrontMatter: true)).ToList());
            SchemaModel schema = null!;
            var schemaTime = Timed(() => schema = SchemaBuilder.Build(parsed.Where(SchemaBuilder.IsSchemaInput)));
            List<CheckedFile> checkedFiles = null!;
            var check = Timed(() => checkedFiles = parsed.Where(f => !SchemaBuilder.IsKindFile(f)).Select(f => FileChecker.Check(f, schema)).ToList());
            LinkResult link = null!;
            var linkTime = Timed(() => link = Linker.Link(checkedFiles.Select(c => c.Entry), schema));
            var context = new EmitContext(schema, "Bench");
            Layout layout = null!;
            var layoutTime = Timed(() => layout = CSharpEmitter.Layout(context, checkedFiles, link));
            long chars = 0;
            var emit = Timed(() => chars = layout.Chunks.Sum(c => (long)CSharpEmitter.EmitChunk(context, c).Text.Length) + layout.Kinds.Sum(k => (long)CSharpEmitter.EmitKind(context, k).Text.Length));

            Console.WriteLine(
                $"floor {floor} (YamlStream {yamlStream}, Markdig HTML {html}) | parse {parse} (front matter {frontMatter}, Markdown check {markdown}) "
                + $"schema {schemaTime} check {check} link {linkTime} layout {layoutTime} emit {emit} ({chars / 1_000_000.0:F1} M chars, {layout.Chunks.Count} chunks)");
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
