using FactBase.Compiler.Common;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Pipeline;
using Microsoft.CodeAnalysis;
using FbDiagnostic = FactBase.Compiler.Diagnostics.Diagnostic;

namespace FactBase.Generator;

/// <summary>
/// Compiles the Markdown content into typed C#: the types, a typed property per fact, and the
/// <c>Kb</c> class; the facts' records are not in the C# but in a resource the build step writes
/// (see docs/architecture.md). The steps run the core's one pipeline (<see cref="ContentPipeline"/>),
/// each cached on its own:
/// <list type="number">
/// <item>Input, per file: a content file's path and hash, or the build step's index.</item>
/// <item>Read, over all inputs. In a command-line build, the build step's index alone: the schema and
/// every fact's place, nothing to parse. In the IDE, every file's result and the schema, each file's
/// result reused from the last run where its content is unchanged, and read on every core otherwise
/// (<see cref="ResultCache"/>).</item>
/// <item>Summarize and Link (the IDE's): what the link reads of each file, equal after a body or value edit, so the link reruns only when a summary changes.</item>
/// <item>Context, FactKeys and Place: the C# names and where each fact goes, which depend on ids, kinds and links alone (the index's, in a build).</item>
/// <item>Layout, then one output per kind, per chunk and for <c>Kb</c>: only a fact added, removed or renamed emits a chunk again, and Roslyn keeps every other syntax tree.</item>
/// </list>
/// In the IDE, diagnostics come out of the read, schema and link steps, unless the companion analyzer
/// reports them (<see cref="GeneratorOptions.Reporter"/>); in a build, the build step reports them, before
/// the compiler runs. See <c>FactBaseGenerator.Execute.cs</c> for the steps' bodies.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class FactBaseGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // This generator's reuse of files' results from run to run, under the cache's one rule.
        var cache = new ResultCache();

        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);

        // Roslyn walks every node that holds an entry per file on every run, changed or not (see
        // docs/performance.md), so the per-file chain is one step, and everything after it works on
        // all the files at once, reusing each file's result itself.
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Combine(options))
            .Select((pair, cancellationToken) => GeneratorInput.From(pair.Left, pair.Right.Left.GetOptions(pair.Left), pair.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Input);

        var read = inputs.Collect()
            .Combine(options)
            .Select((pair, cancellationToken) => Read(cache, pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Read);

        var schema = read
            .Select((r, _) => r.Schema)
            .WithTrackingName(TrackingNames.Schema);

        // What the link reads of each file: equal after a body or value edit, which stops the wave here.
        var summaries = read
            .Select((r, _) => r.LinkEntries())
            .WithTrackingName(TrackingNames.Summarize);

        var linked = summaries
            .Combine(schema)
            .Select((pair, _) => Link(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Link);

        var emitContext = schema
            .Combine(options)
            .Select((pair, _) => new EmitContext(pair.Left, pair.Right.Namespace, pair.Right.ChunkSize, pair.Right.RecordsAssembly))
            .WithTrackingName(TrackingNames.Context);

        // Where each fact goes depends on ids, kinds, links and the schema alone: a body edit leaves it
        // cached. In a build, the index holds it already.
        var factKeys = read
            .Select((r, _) => r.FactKeys())
            .WithTrackingName(TrackingNames.FactKeys);

        var placement = read
            .Select((r, _) => r.Indexed?.Placement)
            .Combine(factKeys)
            .Combine(linked)
            .Combine(emitContext)
            .Select((pair, _) => pair.Left.Left.Left is { } indexed ? new PlacementOutput(indexed, null) : Place(pair.Right, pair.Left.Left.Right, pair.Left.Right))
            .WithTrackingName(TrackingNames.Place);

        var layout = placement
            .Combine(emitContext)
            .Select((pair, _) => Layout(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.Layout);

        var kindSources = emitContext
            .SelectMany((c, _) => KindIds(c))
            .WithTrackingName(TrackingNames.Kinds)
            .Combine(emitContext)
            .Select((pair, _) => EmitKind(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.EmitKind);

        var chunkSources = layout
            .SelectMany((l, _) => l.Layout.Chunks)
            .WithTrackingName(TrackingNames.Chunks)
            .Combine(emitContext)
            .Select((pair, _) => EmitChunk(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.EmitChunk);

        var knowledgeBaseSource = layout
            .Select((l, _) => l.Layout.Stamp)
            .Combine(emitContext)
            .Select((pair, _) => EmitKnowledgeBase(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.EmitKnowledgeBase);

        context.RegisterSourceOutput(kindSources, static (spc, output) => AddSource(spc, output));
        context.RegisterSourceOutput(chunkSources, static (spc, output) => AddSource(spc, output));
        context.RegisterSourceOutput(knowledgeBaseSource, static (spc, output) => AddSource(spc, output));

        // Who reports diagnostics: the generator, or (FactBaseDiagnosticsReporter=analyzer, the IDE's
        // design-time builds) the companion analyzer, and then every diagnostics output is empty.
        var reporter = options.Select((o, _) => o.Reporter);
        var fileDiagnostics = read
            .Select((r, _) => r.Diagnostics())
            .WithTrackingName(TrackingNames.FileDiagnostics);
        var stageDiagnostics = schema.Select((s, _) => s.Diagnostics)
            .Combine(linked.Select((l, _) => l.Diagnostics))
            .Combine(placement.Select((p, _) => p.Failure))
            .Combine(layout.Select((l, _) => l.Failure))
            .Select((pair, _) => Concat(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(Reported(fileDiagnostics, reporter), Report);
        context.RegisterSourceOutput(Reported(stageDiagnostics, reporter), Report);
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

        if (output.Failure is { } failure)
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
