using FactBase.Compiler.Common;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;
using Microsoft.CodeAnalysis;
using FbDiagnostic = FactBase.Compiler.Diagnostics.Diagnostic;

namespace FactBase.Generator;

/// <summary>
/// Compiles the Markdown content (AdditionalFiles marked FactBaseContent) into typed C#.
/// The pipeline, each step cached on its own:
/// <list type="number">
/// <item>Prefetch, over all files: parses and checks on every core the files the parse cache lacks
/// (<see cref="ColdStart"/>, a head start for a cold run; registered first, so the driver runs it before the parse steps).</item>
/// <item>Parse, per file: front matter and checked body (null when the file is not content).</item>
/// <item>KindFiles and Schema, over the kind files alone (and broken files under kinds/): a fact edit never reruns the schema.</item>
/// <item>Check, over all files with the schema (kind files left out): one step that checks again only the files
/// whose parse or schema changed (<see cref="CheckCache"/>), since each per-file node costs Roslyn a walk per run.</item>
/// <item>Summarize: each fact's id, kind and refs; equal after a body or value edit.</item>
/// <item>Link, over the summaries: ids, names, refs, backlinks; reruns only when a summary changes.</item>
/// <item>Place, over the summaries and the link: each fact's chunk, slot and member.</item>
/// <item>Layout: the checked facts put in their places (the chunks not emitted yet emitted on every
/// core); then one output per kind, per chunk and for <c>Kb</c>, so an edit re-emits one chunk and
/// Roslyn keeps every other syntax tree.</item>
/// </list>
/// Diagnostics come from each step, on their own outputs, unless the companion analyzer reports them
/// (<see cref="GeneratorOptions.Reporter"/>). The logic lives in the compiler core;
/// see <c>FactBaseGenerator.Execute.cs</c> for the steps' bodies.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class FactBaseGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each file's check, kept across runs; filled ahead of the steps by a cold run's head start.
        var checks = new CheckCache();

        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);

        // Roslyn walks every node that holds an entry per file on every run, about a millisecond per
        // node at 10,000 files (see docs/performance.md), so the per-file chain is kept short: the content
        // filter is part of the parse (null: not content), and the chain ends there.
        // The files not parsed yet, parsed and checked on every core into the parse and check caches
        // (ColdStart), so that the per-file parse steps and the check step find them. Not an input of those steps: the driver runs outputs in the
        // order they are registered, so this one, registered first, runs before any of theirs. (As an
        // input, the collected files would be part of every file's tracked step, which makes Roslyn's
        // step tracking quadratic.) Should the order ever change, the parse steps simply parse alone.
        var prefetch = context.AdditionalTextsProvider
            .Collect()
            .Combine(context.AnalyzerConfigOptionsProvider.Combine(options))
            .Select((pair, cancellationToken) =>
            {
                ColdStart.Run(pair.Left, pair.Right.Left, pair.Right.Right, checks, cancellationToken);
                return true;
            })
            .WithTrackingName(TrackingNames.Prefetch);
        context.RegisterSourceOutput(prefetch, static (_, _) => { });

        var parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Combine(options))
            .Select((pair, cancellationToken) => ContentFiles.IsContent(pair.Left, pair.Right.Left.GetOptions(pair.Left))
                ? Parse(pair.Left, pair.Right.Right, cancellationToken)
                : null)
            .WithTrackingName(TrackingNames.Parse);

        // Everything after the parse works on all the files at once, and keeps its per-file work
        // cached per file itself (CheckCache): each node with an entry per file costs Roslyn about a
        // millisecond per run at 10,000 files, changed or not, so the per-file chain ends here.
        var allParsed = parsed.Collect();
        var kindFileRun = new LastRun<ParsedFile, bool>();

        // The kind files, picked from all files: equal after a fact edit, so the schema is not rebuilt.
        // Each file's parse diagnostics are reported with the step that reads it next (the schema's or
        // its check), so that no per-file step exists for diagnostics alone.
        var schema = allParsed
            .Select((files, _) => KindFiles(files, kindFileRun))
            .WithTrackingName(TrackingNames.KindFiles)
            .Select((files, _) => BuildSchema(files))
            .WithTrackingName(TrackingNames.Schema);

        // Who reports diagnostics: the generator, or (FactBaseDiagnosticsReporter=analyzer, the IDE's
        // design-time builds) the companion analyzer, and then every diagnostics output below is empty.
        var reporter = options.Select((o, _) => o.Reporter);

        // Each fact file checked against the schema: again only when its parse or the schema changed.
        var checkedFiles = allParsed
            .Combine(schema.Combine(reporter))
            .Select((pair, cancellationToken) => CheckAll(checks, pair.Left, pair.Right.Left, pair.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Check);

        // What the link reads of each file: equal after a body or value edit, which stops the wave here.
        var summaries = checkedFiles
            .Select((files, _) => files.Entries)
            .WithTrackingName(TrackingNames.Summarize);

        var linked = summaries
            .Combine(schema)
            .Select((pair, _) => Link(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Link);

        var emitContext = schema
            .Combine(options.Select((o, _) => (o.Namespace, o.ChunkSize)))
            .Select((pair, _) => new EmitContext(pair.Left, pair.Right.Namespace, pair.Right.ChunkSize))
            .WithTrackingName(TrackingNames.Context);

        // Where each fact goes depends on ids, kinds and links alone: a body edit leaves it cached,
        // and the layout below only puts the checked facts in their places.
        var placement = summaries
            .Combine(linked)
            .Combine(emitContext)
            .Select((pair, _) => Place(pair.Right, pair.Left.Left, pair.Left.Right))
            .WithTrackingName(TrackingNames.Place);

        var laidOut = checkedFiles
            .Select((files, _) => files.Files)
            .Combine(placement)
            .Select((pair, cancellationToken) => Layout(pair.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Layout);
        var layout = laidOut.Select((l, _) => l.Layout);

        var kindSources = layout
            .SelectMany((l, _) => l.Kinds)
            .Combine(emitContext)
            .Select((pair, _) => EmitKind(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.EmitKind);

        var chunkSources = layout
            .SelectMany((l, _) => l.Chunks)
            .Combine(emitContext)
            .Select((pair, _) => EmitChunk(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.EmitChunk);

        var knowledgeBaseSource = layout
            .Select((l, _) => l.Ids)
            .Combine(emitContext)
            .Select((pair, _) => EmitKnowledgeBase(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.EmitKnowledgeBase);

        context.RegisterSourceOutput(kindSources, static (spc, output) => AddSource(spc, output));
        context.RegisterSourceOutput(chunkSources, static (spc, output) => AddSource(spc, output));
        context.RegisterSourceOutput(knowledgeBaseSource, static (spc, output) => AddSource(spc, output));
        context.RegisterSourceOutput(laidOut, static (spc, output) =>
        {
            ReportFailure(spc, output.Failure);
            Report(spc, output.Diagnostics);
        });

        // The check step empties its own diagnostics where the analyzer reports (the layout passes them
        // on, so that no per-file output exists for them); the two whole-base outputs are gated here.
        context.RegisterSourceOutput(Reported(schema.Select((s, _) => s.Diagnostics), reporter), Report);
        context.RegisterSourceOutput(Reported(linked.Select((l, _) => l.Diagnostics), reporter).WithTrackingName(TrackingNames.Diagnostics), Report);
    }

    /// <summary>The diagnostics when the generator is their reporter; none when the analyzer is.</summary>
    private static IncrementalValueProvider<EquatableArray<FbDiagnostic>> Reported(
        IncrementalValueProvider<EquatableArray<FbDiagnostic>> diagnostics,
        IncrementalValueProvider<DiagnosticReporter> reporter) =>
        diagnostics.Combine(reporter).Select((pair, _) => pair.Right == DiagnosticReporter.Generator ? pair.Left : EquatableArray<FbDiagnostic>.Empty);

    /// <summary>The source, or, where emission failed, FB0900: missing generated code never goes unexplained.</summary>
    private static void AddSource(SourceProductionContext context, EmitOutput output)
    {
        if (output.Source is { } source)
        {
            context.AddSource(source.HintName, source.Text);
        }

        ReportFailure(context, output.Failure);
    }

    private static void ReportFailure(SourceProductionContext context, FbDiagnostic? failure)
    {
        if (failure is not null)
        {
            context.ReportDiagnostic(DiagnosticConverter.ToRoslyn(failure));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<FbDiagnostic> found)
    {
        foreach (var diagnostic in found)
        {
            context.ReportDiagnostic(DiagnosticConverter.ToRoslyn(diagnostic));
        }
    }
}
