using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Schema;

namespace FactBase.Generator;

/// <summary>The steps' bodies. Each catches what the core should never throw, and reports it instead of failing the build.</summary>
public sealed partial class FactBaseGenerator
{
    /// <summary>
    /// Every file's result: from the build step's index alone when it is this build's (a command-line
    /// build gives the compiler no content file), else from the content files, reusing the results of
    /// the last build's index and of the last run where a file's content is unchanged.
    /// </summary>
    internal static ReadOutput Read(ResultCache cache, ImmutableArray<GeneratorInput?> inputs, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var content = new List<SourceFile>(inputs.Length);
        GeneratorInput? index = null;
        foreach (var input in inputs)
        {
            if (input is null)
            {
                continue;
            }

            if (input.Index is null)
            {
                content.Add(input.File);
            }
            else
            {
                index = input;
            }
        }

        var compileOptions = new CompileOptions(options.Read);
        try
        {
            if (index is { Index: IndexMode.Build })
            {
                var results = ContentIndex.Read(index.File.Read().Text, pathOf: null, out var readOptions, out var problem);
                return results is null
                    ? Empty(InternalErrors.At(index.File.Path, new InvalidOperationException($"The FactBase build step's index cannot be read: {problem}. Build the project again; if this persists, delete its obj folder.")))
                    : new ReadOutput(ContentPipeline.FromResults(results, new CompileOptions(readOptions!)), null);
            }

            if (index is not null)
            {
                cache.Merge(index.File.Hash, () => ContentIndex.Read(index.File.Read().Text, pathOf: null, out _, out _));
            }

            return new ReadOutput(ContentPipeline.Read(content, compileOptions, cache, cancellationToken: cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Empty(InternalErrors.At(content.Count > 0 ? content[0].Path : string.Empty, e));
        }

        static ReadOutput Empty(Diagnostic failure) =>
            new(new FileResults(SchemaModel.Empty, default, EquatableArray<FileResult>.Empty), failure);
    }

    private static LinkResult Link(EquatableArray<LinkEntry> entries, SchemaModel schema) =>
        Linker.Link(entries, schema); // guards itself: a failure is FB0900 in the result

    private static PlacementOutput Place(EmitContext context, FactKeys facts, LinkResult link)
    {
        try
        {
            return new PlacementOutput(Placement.Place(context.Plan, facts, link), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PlacementOutput(null, InternalErrors.At(FirstKindPath(context), e));
        }
    }

    private static LayoutOutput Layout(EmitContext context, PlacementOutput placed, FileResults files)
    {
        if (placed.Placement is null)
        {
            return WithoutFacts(context, null);
        }

        try
        {
            return new LayoutOutput(placed.Placement.Layout(context, files.Results), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return WithoutFacts(context, InternalErrors.At(FirstKindPath(context), e));
        }
    }

    /// <summary>The kinds without facts rather than something broken, with the internal error that says why the facts are missing.</summary>
    private static LayoutOutput WithoutFacts(EmitContext context, Diagnostic? failure) =>
        new(new Layout(EquatableArray<ChunkModel>.Empty, default), failure);

    private static EquatableArray<string> KindIds(EmitContext context)
    {
        var ids = new string[context.Plan.Kinds.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = context.Plan.Kinds[i].Kind.Id;
        }

        return new EquatableArray<string>(ids);
    }

    private static EmitOutput EmitKind(EmitContext context, string kind) =>
        Guard(() => CSharpEmitter.EmitKind(context, kind), context.Plan.ById.TryGetValue(kind, out var plan) ? plan.Kind.Path : FirstKindPath(context));

    private static EmitOutput EmitChunk(EmitContext context, ChunkModel chunk) =>
        Guard(() => CSharpEmitter.EmitChunk(context, chunk), FirstKindPath(context));

    private static EmitOutput EmitKnowledgeBase(EmitContext context, ContentHash stamp) =>
        Guard(() => CSharpEmitter.EmitKnowledgeBase(context, stamp), FirstKindPath(context));

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

    private static EquatableArray<Diagnostic> Concat(EquatableArray<Diagnostic> schema, EquatableArray<Diagnostic> link, Diagnostic? placement, Diagnostic? layout)
    {
        if (placement is null && layout is null && link.IsEmpty)
        {
            return schema;
        }

        var all = new List<Diagnostic>(schema);
        all.AddRange(link);
        if (placement is not null)
        {
            all.Add(placement);
        }

        if (layout is not null)
        {
            all.Add(layout);
        }

        return all.ToEquatableArray();
    }
}
