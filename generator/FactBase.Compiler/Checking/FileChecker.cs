using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Checking;

/// <summary>
/// One fact file, checked against the schema: the fact (null when it has no kind or id to
/// be known by), its summary for the linker, and the problems found in it. Depends on the
/// file and the schema alone, so the generator caches it per file while the kinds are unchanged.
/// </summary>
public sealed record CheckedFile(string Path, FactModel? Fact, FactSummary? Summary, EquatableArray<Diagnostic> Diagnostics);

/// <summary>The check step: kind, id and every field of one fact file.</summary>
public static class FileChecker
{
    private static readonly string[] KindHint = [SchemaBuilder.KindKind, "<a kind declared under kinds/>"];

    public static CheckedFile Check(ParsedFile file, SchemaModel schemaModel)
    {
        if (file.FrontMatter is not { } frontMatter)
        {
            return new CheckedFile(file.Path, null, null, EquatableArray<Diagnostic>.Empty);
        }

        var diagnostics = new List<Diagnostic>();
        var schema = schemaModel.Schema;
        var kindId = FactReader.ReadKind(file, frontMatter, KindHint, diagnostics, out var kindSpan);
        var kind = kindId is null || kindId == SchemaBuilder.KindKind ? null : schema.Find(kindId);
        if (kindId is not null && kindId != SchemaBuilder.KindKind && kind is null)
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownKind.At(file.Path, kindSpan, kindId,
                Suggestions.DidYouMean(kindId, schema.KindIds), string.Join(", ", schema.KindIds)));
        }

        var idSpan = SourceSpan.FileStart;
        var id = kind is null ? null : FactReader.ReadId(file, frontMatter, diagnostics, out idSpan);
        if (kind is null || id is null)
        {
            return new CheckedFile(file.Path, null, null, diagnostics.ToEquatableArray());
        }

        var fact = new FactChecker(schema, diagnostics).Check(file, frontMatter, id, idSpan, kind);
        return new CheckedFile(file.Path, fact, Summarize(fact, schema), diagnostics.ToEquatableArray());
    }

    /// <summary>The fact's refs with the kind each field wants, in field order, then its citations.</summary>
    public static FactSummary Summarize(FactModel fact, KindSchema schema)
    {
        var refs = new List<RefSummary>();
        var declared = schema.AllFields(fact.Kind);
        foreach (var field in fact.Fields)
        {
            foreach (var definition in declared)
            {
                if (definition.Name == field.Name)
                {
                    Collect(field.Name, field.Value, definition.Type, refs);
                    break;
                }
            }
        }

        var citations = new List<CitationRefs>(fact.Sources.Count);
        foreach (var citation in fact.Sources)
        {
            citations.Add(new CitationRefs(citation.Source, citation.By));
        }

        return new FactSummary(fact.Id, fact.Kind, fact.Path, fact.RelativePath, fact.IdSpan, refs.ToEquatableArray(), citations.ToEquatableArray());
    }

    private static void Collect(string field, Value value, FieldType type, List<RefSummary> refs)
    {
        switch (value, type)
        {
            case (ListValue list, ListFieldType listType):
                foreach (var item in list.Items)
                {
                    Collect(field, item, listType.Item, refs);
                }

                break;
            case (RefValue reference, RefFieldType refType):
                refs.Add(new RefSummary(field, reference.Id, refType.Kind, reference.Span));
                break;
        }
    }
}
