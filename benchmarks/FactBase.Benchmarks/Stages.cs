using System;
using System.IO;
using System.Linq;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Benchmarks;

/// <summary>Where a cold run's time goes, stage by stage, through the core alone (no Roslyn driver).</summary>
internal static class Stages
{
    public static void Run(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => new ContentFile(p, "content/" + Path.GetRelativePath(root, p), File.ReadAllText(p))).ToList();
        for (var round = 0; round < 3; round++)
        {
            var floor = Measure.Milliseconds(() => files.ForEach(f => Floor.LoadFile(f.Text)));
            System.Collections.Generic.List<ParsedFile> parsed = null!;
            var parse = Measure.Milliseconds(() => parsed = files.Select(f => FileParser.Parse(f, ReadOptions.Default)).ToList());
            SchemaModel schema = null!;
            var schemaTime = Measure.Milliseconds(() => schema = SchemaBuilder.Build(parsed.Where(SchemaBuilder.IsSchemaInput)));
            System.Collections.Generic.List<CheckedFile> checkedFiles = null!;
            var check = Measure.Milliseconds(() => checkedFiles = parsed.Where(f => !SchemaBuilder.IsKindFile(f)).Select(f => FileChecker.Check(f, schema)).ToList());
            LinkResult link = null!;
            var linkTime = Measure.Milliseconds(() => link = Linker.Link(checkedFiles.Select(c => c.Entry), schema));
            var context = new EmitContext(schema, "Bench");
            Layout layout = null!;
            var layoutTime = Measure.Milliseconds(() => layout = CSharpEmitter.Layout(context, checkedFiles.Select(c => c.Fact!), link));
            long chars = 0;
            var emit = Measure.Milliseconds(() => chars = layout.Chunks.Sum(c => (long)CSharpEmitter.EmitChunk(context, c).Text.Length) + layout.Kinds.Sum(k => (long)CSharpEmitter.EmitKind(context, k).Text.Length));
            var parseTree = Measure.Milliseconds(() => layout.Chunks.Take(10).ToList().ForEach(c => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(CSharpEmitter.EmitChunk(context, c).Text)));
            Console.WriteLine($"floor {floor:F0} | parse {parse:F0} schema {schemaTime:F1} check {check:F0} link {linkTime:F0} layout {layoutTime:F0} emit {emit:F0} ({chars / 1_000_000.0:F1} M chars, {layout.Chunks.Count} chunks) | roslyn parse of 10 chunks {parseTree:F0}");
        }
    }
}
