using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator;

/// <summary>The steps' bodies. Each catches what the core should never throw, and reports it instead of failing the build.</summary>
public sealed partial class FactBaseGenerator
{
    private static ParsedFile Parse(AdditionalText file, GeneratorOptions options, CancellationToken cancellationToken) =>
        ParseCache.Parse(file, options, cancellationToken);

    /// <summary>The files the schema reads (<see cref="SchemaBuilder.IsSchemaInput"/>), in order.</summary>
    private static EquatableArray<ParsedFile> KindFiles(ImmutableArray<ParsedFile?> files, LastRun<ParsedFile, bool> lastRun)
    {
        var isInput = lastRun.Reuse(files, null, out var changed);
        foreach (var i in changed)
        {
            isInput[i] = files[i] is { } file && SchemaBuilder.IsSchemaInput(file);
        }

        lastRun.Remember(files, null, isInput);
        var kindFiles = new System.Collections.Generic.List<ParsedFile>();
        for (var i = 0; i < files.Length; i++)
        {
            if (isInput[i])
            {
                kindFiles.Add(files[i]!);
            }
        }

        return kindFiles.ToEquatableArray();
    }

    internal static SchemaModel BuildSchema(EquatableArray<ParsedFile> kindFiles)
    {
        try
        {
            // The kind files' parse diagnostics come out here; a broken file under kinds/ that is no kind
            // file is read here only to note its kind as broken, and its check reports its problems.
            var schema = SchemaBuilder.Build(kindFiles);
            return kindFiles.Any(f => !f.Diagnostics.IsEmpty && SchemaBuilder.IsKindFile(f))
                ? schema with { Diagnostics = kindFiles.Where(SchemaBuilder.IsKindFile).SelectMany(f => f.Diagnostics).Concat(schema.Diagnostics).ToEquatableArray() }
                : schema;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new SchemaModel(EquatableArray<Compiler.Schema.KindDefinition>.Empty, Failed(kindFiles.IsEmpty ? string.Empty : kindFiles[0].Path, e));
        }
    }

    /// <summary>The check of every file that is content and not a kind file, each file checked again only when it or the schema changed.</summary>
    private static CheckedFiles CheckAll(CheckCache checks, ImmutableArray<ParsedFile?> files, SchemaModel schema, DiagnosticReporter reporter, CancellationToken cancellationToken) =>
        checks.CheckAll(files, schema, reporter, (file, checkedWith) => Check(file, checkedWith, reporter), cancellationToken);

    /// <summary>
    /// The check, with the file's parse diagnostics; none at all where the analyzer reports them, so
    /// that the gating costs no per-file step of its own.
    /// </summary>
    internal static CheckedFile Check(ParsedFile file, SchemaModel schema, DiagnosticReporter reporter, YamlMapping? frontMatter = null)
    {
        CheckedFile result;
        try
        {
            result = FileChecker.Check(file, schema, frontMatter);
            result = file.Diagnostics.IsEmpty ? result : result with { Diagnostics = file.Diagnostics.Concat(result.Diagnostics).ToEquatableArray() };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            result = new CheckedFile(file.Path, null, null, file.Diagnostics.Concat(Failed(file.Path, e)).ToEquatableArray(), file.RelativePath);
        }

        return reporter == DiagnosticReporter.Generator || result.Diagnostics.IsEmpty
            ? result
            : result with { Diagnostics = EquatableArray<Compiler.Diagnostics.Diagnostic>.Empty };
    }

    private static LinkResult Link(EquatableArray<LinkEntry> files, SchemaModel schema)
    {
        try
        {
            return Linker.Link(files, schema);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var path = files.FirstOrDefault(f => f.Fact is not null)?.Fact!.Path ?? string.Empty;
            return LinkResult.Empty with { Diagnostics = Failed(path, e) };
        }
    }

    private static PlacementOutput Place(EmitContext context, EquatableArray<LinkEntry> entries, LinkResult link)
    {
        try
        {
            // In the order of the checked files, which the layout step gets: it places them by position.
            return new PlacementOutput(context, CSharpEmitter.Place(context, entries.Select(e => e.Fact).ToList(), link), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PlacementOutput(context, null, InternalErrors.At(FirstKindPath(context), e));
        }
    }

    private static LayoutOutput Layout(PlacementOutput placed, EquatableArray<CheckedFile> files, CancellationToken cancellationToken)
    {
        var output = Fill(placed, files);

        // The chunks not emitted yet are emitted now, on every core; each chunk's step takes its text from the cache.
        EmitCache.Prefetch(placed.Context, output.Layout.Chunks, EmitChunkNow, cancellationToken);
        return output;
    }

    private static LayoutOutput Fill(PlacementOutput placed, EquatableArray<CheckedFile> files)
    {
        var context = placed.Context;

        // One pass over the checked files for their facts and their diagnostics: on an edit, visiting
        // 10,000 objects scattered in memory is most of what this step costs.
        var facts = new FactModel?[files.Count];
        List<Compiler.Diagnostics.Diagnostic>? found = null;
        var all = files.AsSpan();
        for (var i = 0; i < all.Length; i++)
        {
            facts[i] = all[i].Fact;
            if (!all[i].Diagnostics.IsEmpty)
            {
                (found ??= new List<Compiler.Diagnostics.Diagnostic>()).AddRange(all[i].Diagnostics);
            }
        }

        var diagnostics = found?.ToEquatableArray() ?? EquatableArray<Compiler.Diagnostics.Diagnostic>.Empty;
        if (placed.Placement is null)
        {
            return WithoutFacts(context, placed.Failure!, diagnostics);
        }

        try
        {
            return placed.Placement.Fill(facts) is { } layout
                ? new LayoutOutput(layout, null, diagnostics)
                : WithoutFacts(context, InternalErrors.At(FirstKindPath(context), new InvalidOperationException("A placed fact has no checked model.")), diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return WithoutFacts(context, InternalErrors.At(FirstKindPath(context), e), diagnostics);
        }
    }

    /// <summary>The kinds without facts rather than something broken, with the internal error that says why the facts are missing.</summary>
    private static LayoutOutput WithoutFacts(EmitContext context, Compiler.Diagnostics.Diagnostic failure, EquatableArray<Compiler.Diagnostics.Diagnostic> diagnostics) =>
        new(new Layout(context.Plan.Kinds.Select(k => new KindLayout(k.Kind.Id, 0)).ToEquatableArray(), EquatableArray<ChunkModel>.Empty, EquatableArray<ChunkIds>.Empty), failure, diagnostics);

    private static EmitOutput EmitKind(EmitContext context, KindLayout kind) =>
        Guard(() => CSharpEmitter.EmitKind(context, kind), context.Schema.Kinds.FirstOrDefault(k => k.Id == kind.Kind)?.Path ?? FirstKindPath(context));

    private static EmitOutput EmitChunk(EmitContext context, ChunkModel chunk) =>
        EmitCache.TryGet(context, chunk, out var emitted) ? emitted : EmitChunkNow(context, chunk);

    private static EmitOutput EmitChunkNow(EmitContext context, ChunkModel chunk)
    {
        var path = chunk.Facts.IsEmpty ? FirstKindPath(context) : chunk.Facts[0].Fact.Path;
        var output = Guard(() => CSharpEmitter.EmitChunk(context, chunk), path);
        return output.Source is not null
            ? output
            : Guard(() => CSharpEmitter.EmitChunk(context, chunk with { Facts = EquatableArray<ChunkFact>.Empty }), path) with { Failure = output.Failure };
    }

    private static EmitOutput EmitKnowledgeBase(EmitContext context, EquatableArray<ChunkIds> ids) =>
        Guard(() => CSharpEmitter.EmitKnowledgeBase(context, ids), FirstKindPath(context));

    /// <summary>The source, or no source and FB0900 at <paramref name="path"/>: never something broken.</summary>
    private static EmitOutput Guard(Func<GeneratedSource> emit, string path)
    {
        try
        {
            return new EmitOutput(emit(), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new EmitOutput(null, InternalErrors.At(path, e));
        }
    }

    private static string FirstKindPath(EmitContext context) => context.Schema.Kinds.IsEmpty ? string.Empty : context.Schema.Kinds[0].Path;

    private static EquatableArray<Compiler.Diagnostics.Diagnostic> Failed(string path, Exception e) =>
        new[] { InternalErrors.At(path, e) }.ToEquatableArray();
}
