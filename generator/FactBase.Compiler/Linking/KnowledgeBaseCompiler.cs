using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Linking;

/// <summary>
/// The whole pipeline over a knowledge base: read each file, build the schema from the
/// kinds, check each fact, resolve refs and compute backlinks. One broken file never hides
/// another's problems: every file is checked, and every problem reported.
/// </summary>
public static class KnowledgeBaseCompiler
{
    /// <summary>The kind of the files that declare kinds.</summary>
    public const string KindKind = "kind";

    public static CompilationResult Compile(IEnumerable<ContentFile> files, ReadOptions options) =>
        Link(files.Select(f => FileParser.Parse(f, options)).ToList());

    public static CompilationResult Link(IReadOnlyList<ParsedFile> files)
    {
        try
        {
            return LinkUnguarded(files);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A bug of ours, not of the content: reported as such, with every file's own diagnostics.
            var path = files.Count > 0 ? files[0].Path : string.Empty;
            var failure = DiagnosticDescriptors.InternalError.At(path, SourceSpan.FileStart, e.GetType().Name + ": " + e.Message);
            var empty = new KnowledgeBaseModel(EquatableArray<KindDefinition>.Empty, EquatableArray<FactModel>.Empty);
            return new CompilationResult(empty, files.SelectMany(f => f.Diagnostics).Append(failure).ToEquatableArray());
        }
    }

    private static CompilationResult LinkUnguarded(IReadOnlyList<ParsedFile> files)
    {
        var diagnostics = new List<Diagnostic>();
        var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var kindFiles = new List<(ParsedFile File, YamlMapping FrontMatter)>();
        var factFiles = new List<(ParsedFile File, YamlMapping FrontMatter, string Kind, SourceSpan KindSpan)>();
        var kindless = new List<(ParsedFile File, YamlMapping FrontMatter)>();
        var casualties = new Casualties();
        foreach (var file in ordered)
        {
            diagnostics.AddRange(file.Diagnostics);
            if (file.FrontMatter is not { } frontMatter)
            {
                casualties.AddFile(file.RelativePath);
                continue;
            }

            if (frontMatter.Find("kind") is null or { Value: YamlScalar { IsPlainEmpty: true } })
            {
                kindless.Add((file, frontMatter));
                casualties.AddFile(file.RelativePath);
                continue;
            }

            var kind = FactReader.ReadKind(file, frontMatter, diagnostics, out var kindSpan);
            if (kind == KindKind)
            {
                kindFiles.Add((file, frontMatter));
            }
            else if (kind is not null)
            {
                factFiles.Add((file, frontMatter, kind, kindSpan));
            }
            else
            {
                casualties.AddFile(file.RelativePath);
            }
        }

        var kinds = new List<KindDefinition>();
        foreach (var (file, frontMatter) in kindFiles)
        {
            if (KindReader.Read(file, frontMatter, diagnostics) is { } kind)
            {
                kinds.Add(kind);
            }
            else
            {
                casualties.AddFile(file.RelativePath);
            }
        }

        var schema = KindSchema.Build(kinds, diagnostics, casualties.HasKind);
        foreach (var (file, frontMatter) in kindless)
        {
            // Reported once the kinds are known, so the message can list them.
            var span = frontMatter.Find("kind")?.Key.Span ?? frontMatter.Span;
            diagnostics.Add(DiagnosticDescriptors.MissingKind.At(file.Path, span, string.Join(", ", schema.KindIds.Concat([KindKind]))));
        }

        var facts = CheckFacts(factFiles, schema, casualties, diagnostics);
        new NameChecker(schema, diagnostics).Check(facts);

        var byId = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var resolver = new RefResolver(schema, byId, casualties, diagnostics);
        foreach (var fact in facts)
        {
            resolver.Resolve(fact);
        }

        var linked = facts
            .Select(f => f with { Backlinks = resolver.BacklinksOf(f.Id).ToEquatableArray() })
            .ToEquatableArray();
        var model = new KnowledgeBaseModel(schema.Kinds.ToEquatableArray(), linked);
        return new CompilationResult(model, diagnostics.ToEquatableArray());
    }

    /// <summary>Checks each fact against its kind; facts sorted by id, the first of a duplicated id kept.</summary>
    private static List<FactModel> CheckFacts(
        List<(ParsedFile File, YamlMapping FrontMatter, string Kind, SourceSpan KindSpan)> factFiles,
        KindSchema schema,
        Casualties casualties,
        List<Diagnostic> diagnostics)
    {
        var checker = new FactChecker(schema, diagnostics);
        var facts = new Dictionary<string, FactModel>(StringComparer.Ordinal);
        foreach (var (file, frontMatter, kindId, kindSpan) in factFiles)
        {
            var kind = schema.Find(kindId);
            if (kind is null)
            {
                if (!casualties.HasKind(kindId))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownKind.At(file.Path, kindSpan, kindId,
                        Suggestions.DidYouMean(kindId, schema.KindIds), string.Join(", ", schema.KindIds)));
                }

                casualties.AddFile(file.RelativePath);
                continue;
            }

            var id = FactReader.ReadId(file, frontMatter, diagnostics, out var idSpan);
            if (id is null)
            {
                casualties.AddFile(file.RelativePath);
                continue;
            }

            var fact = checker.Check(file, frontMatter, id, idSpan, kind);
            if (facts.TryGetValue(id, out var first))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateId.At(file.Path, idSpan, id, first.RelativePath));
                continue;
            }

            facts.Add(id, fact);
        }

        return facts.Values.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
    }
}
