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
    /// In a command-line build, what the build step's index holds (the compiler is given no content
    /// file); in the IDE, every file's result, reusing each unchanged file's result from the last run.
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

            if (input.IsIndex)
            {
                index = input;
            }
            else
            {
                content.Add(input.File);
            }
        }

        try
        {
            if (index is not null)
            {
                var indexed = ContentIndex.Read(index.File.Read().Text, out var problem);
                return indexed is null
                    ? new ReadOutput(null, null, InternalErrors.At(index.File.Path, new InvalidOperationException($"The FactBase build step's index cannot be read: {problem}. Build the project again; if this persists, delete its obj folder.")))
                    : new ReadOutput(null, indexed, null);
            }

            return new ReadOutput(ContentPipeline.Read(content, new CompileOptions(options.Read), cache, cancellationToken: cancellationToken), null, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ReadOutput(null, null, InternalErrors.At(content.Count > 0 ? content[0].Path : string.Empty, e));
        }
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

    private static LayoutOutput Layout(EmitContext context, PlacementOutput placed)
    {
        if (placed.Placement is null)
        {
            return WithoutFacts(context, null);
        }

        try
        {
            return new LayoutOutput(placed.Placement.Layout(context), null);
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
