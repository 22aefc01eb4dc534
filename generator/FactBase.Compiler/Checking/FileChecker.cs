using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Checking;

/// <summary>
/// One fact file, checked against the schema: the fact (null when it has no kind or id to
/// be known by), its summary for the linker, and the problems found in it. Depends on the
/// file and the schema alone, so the generator caches it per file while the kinds are unchanged.
/// A file that yields no fact is a casualty (<see cref="Casualty"/>, its relative path): refs to
/// the id its name gives are not reported again.
/// </summary>
public sealed record CheckedFile(string Path, FactModel? Fact, FactSummary? Summary, EquatableArray<Diagnostic> Diagnostics, string? Casualty = null)
{
    /// <summary>What the link step reads of the file: equal after an edit of a body or a value.</summary>
    public LinkEntry Entry => new(Summary, Casualty);
}

/// <summary>The check step: kind, id and every field of one fact file.</summary>
public static class FileChecker
{
    /// <summary>
    /// Checks the file; never throws (a failure is FB0900 at the file, which then yields no fact).
    /// <paramref name="frontMatter"/> is the file's mapping when the parse just handed it out; without
    /// it, the mapping is read again from the text (<see cref="FrontMatter.Read"/>).
    /// </summary>
    public static CheckedFile Check(ParsedFile file, SchemaModel schemaModel, YamlMapping? frontMatter = null)
    {
        try
        {
            return CheckUnguarded(file, schemaModel, frontMatter ?? file.FrontMatter?.Read());
        }
        catch (Exception e) when (InternalErrors.IsReportable(e))
        {
            return new CheckedFile(file.Path, null, null, new[] { InternalErrors.At(file.Path, e) }.ToEquatableArray(), file.RelativePath);
        }
    }

    private static CheckedFile CheckUnguarded(ParsedFile file, SchemaModel schemaModel, YamlMapping? frontMatter)
    {
        if (frontMatter is null)
        {
            // Its own error (unreadable front matter) came with the parse.
            return new CheckedFile(file.Path, null, null, EquatableArray<Diagnostic>.Empty, file.RelativePath);
        }

        var diagnostics = new List<Diagnostic>();
        var schema = schemaModel.Schema;
        if (frontMatter.Find("kind") is null or { Value: YamlScalar { IsPlainEmpty: true } })
        {
            // Reported against the schema, so the message can list the kinds there are.
            var span = frontMatter.Find("kind")?.Key.Span ?? frontMatter.Span;
            diagnostics.Add(DiagnosticDescriptors.MissingKind.At(file.Path, span, string.Join(", ", schema.KindIds.Concat([SchemaBuilder.KindKind]))));
            return Casualty(file, diagnostics);
        }

        var kindId = KindAndIdReader.ReadKind(file, frontMatter, diagnostics, out var kindSpan);
        if (kindId is null)
        {
            return Casualty(file, diagnostics);
        }

        if (kindId == SchemaBuilder.KindKind)
        {
            return new CheckedFile(file.Path, null, null, diagnostics.ToEquatableArray()); // a kind file: the schema step reads it
        }

        var kind = schema.Find(kindId);
        if (kind is null)
        {
            if (!schemaModel.Casualties.HasKind(kindId))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownKind.At(file.Path, kindSpan, kindId,
                    Suggestions.DidYouMean(kindId, schema.KindIds), string.Join(", ", schema.KindIds)));
            }

            return Casualty(file, diagnostics);
        }

        var id = KindAndIdReader.ReadId(file, frontMatter, diagnostics, out var idSpan);
        if (id is null)
        {
            return Casualty(file, diagnostics);
        }

        var fact = new FactChecker(schema, diagnostics).Check(file, frontMatter, id, idSpan, kind);
        return new CheckedFile(file.Path, fact, Summarize(fact, schema), diagnostics.ToEquatableArray());
    }

    private static CheckedFile Casualty(ParsedFile file, List<Diagnostic> diagnostics) =>
        new(file.Path, null, null, diagnostics.ToEquatableArray(), file.RelativePath);

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
