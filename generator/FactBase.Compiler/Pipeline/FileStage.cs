using System;
using System.Collections.Generic;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// One file's work: read it, then read its kind (a kind file) or check it against the schema (any
/// other file), each check right after the read, so that the front matter's mapping dies young
/// (<see cref="FrontMatter"/>). Never throws: a failure is FB0900 at the file, which then yields nothing.
/// </summary>
internal static class FileStage
{
    /// <summary>The file read, as far as it can be without a schema: a kind file's result, or null for a file that needs the schema to be checked.</summary>
    public static FileResult? ReadKind(SourceFile file, CompileOptions options, out bool isSchemaInput)
    {
        isSchemaInput = false;
        try
        {
            var parsed = FileParser.Parse(file.Read(), options.Read, out var mapping);
            isSchemaInput = SchemaBuilder.IsSchemaInput(parsed);
            return SchemaBuilder.IsKindFile(parsed) ? KindResult(file, parsed, mapping, options) : null;
        }
        catch (Exception e) when (InternalErrors.IsReportable(e))
        {
            return Failed(file, options, default, e);
        }
    }

    /// <summary>The file read and, unless it is a kind file, checked against <paramref name="schema"/>.</summary>
    public static FileResult Read(SourceFile file, CompileOptions options, SchemaModel schema, ContentHash schemaKey, EmitPlan? plan)
    {
        try
        {
            var parsed = FileParser.Parse(file.Read(), options.Read, out var mapping);
            return SchemaBuilder.IsKindFile(parsed)
                ? KindResult(file, parsed, mapping, options)
                : Checked(file, parsed, mapping, options, schema, schemaKey, plan);
        }
        catch (Exception e) when (InternalErrors.IsReportable(e))
        {
            return Failed(file, options, schemaKey, e);
        }
    }

    private static FileResult KindResult(SourceFile file, ParsedFile parsed, YamlMapping? mapping, CompileOptions options)
    {
        var diagnostics = new List<Diagnostic>(parsed.Diagnostics);
        var kind = KindReader.Read(parsed, mapping ?? parsed.FrontMatter!.Read(), diagnostics);
        return new FileResult(file.Path, file.RelativePath, file.Hash, options.Read, isSchemaInput: true, kind, link: null, default, diagnostics.ToEquatableArray());
    }

    private static FileResult Checked(SourceFile file, ParsedFile parsed, YamlMapping? mapping, CompileOptions options, SchemaModel schema, ContentHash schemaKey, EmitPlan? plan)
    {
        var result = FileChecker.Check(parsed, schema, mapping);
        var diagnostics = parsed.Diagnostics.IsEmpty ? result.Diagnostics : Concat(parsed.Diagnostics, result.Diagnostics);
        var fact = result.Fact;
        var record = fact is not null && options.Records && plan is not null && plan.ById.TryGetValue(fact.Kind, out var kind)
            ? RecordWriter.Prefix(kind, fact)
            : null;
        return new FileResult(
            file.Path,
            file.RelativePath,
            file.Hash,
            options.Read,
            SchemaBuilder.IsSchemaInput(parsed),
            kind: null,
            result.Entry,
            schemaKey,
            diagnostics,
            options.KeepFacts ? fact : null,
            record);
    }

    /// <summary>A failure of ours, not of the content: FB0900 at the file, which yields no fact (a casualty, so nothing that names it is reported again).</summary>
    public static FileResult Failed(SourceFile file, CompileOptions options, ContentHash schemaKey, Exception e) =>
        new(file.Path, file.RelativePath, file.Hash, options.Read, isSchemaInput: false, kind: null, new LinkEntry(null, file.RelativePath), schemaKey, new[] { InternalErrors.At(file.Path, e) }.ToEquatableArray());

    private static EquatableArray<Diagnostic> Concat(EquatableArray<Diagnostic> first, EquatableArray<Diagnostic> second)
    {
        var all = new Diagnostic[first.Count + second.Count];
        first.AsSpan().CopyTo(all);
        second.AsSpan().CopyTo(all.AsSpan(first.Count));
        return new EquatableArray<Diagnostic>(all);
    }
}
