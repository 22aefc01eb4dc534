using System.Collections.Immutable;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>
/// Compiles the Markdown content (AdditionalFiles marked FactBaseContent) into typed C#.
/// The pipeline, each step cached on its own:
/// <list type="number">
/// <item>Parse, per file: front matter and rendered body.</item>
/// <item>Schema, over the kind files alone: a fact edit never reruns it.</item>
/// <item>Check, per fact file with the schema: cached per file while the kinds are unchanged.</item>
/// <item>Summarize, per fact: its id, kind and refs; equal after a body or value edit.</item>
/// <item>Link, over the summaries: ids, names, refs, backlinks; reruns only when a summary changes.</item>
/// <item>Layout: the facts cut into chunks per kind; then one output per kind, per chunk and for
/// <c>Kb</c>, so an edit re-emits one chunk and Roslyn keeps every other syntax tree.</item>
/// </list>
/// Diagnostics come from each step, on their own outputs. The logic lives in the compiler core;
/// see <c>FactBaseGenerator.Execute.cs</c> for the steps' bodies.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class FactBaseGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);

        var parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => IsContent(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Select((pair, _) => pair.Left)
            .Combine(options)
            .Select((pair, cancellationToken) => Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        // Each file's parse diagnostics are reported with the step that reads it next (the schema's or
        // its check), so that no per-file step of 10,000 entries exists for diagnostics alone.
        var schema = parsed
            .Where(SchemaBuilder.IsKindFile)
            .Collect()
            .Select((files, _) => BuildSchema(files))
            .WithTrackingName(TrackingNames.Schema);

        var checkedFiles = parsed
            .Where(file => !SchemaBuilder.IsKindFile(file))
            .Combine(schema)
            .Select((pair, _) => Check(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Check);

        var summaries = checkedFiles
            .Select((file, _) => file.Summary)
            .WithTrackingName(TrackingNames.Summarize);

        var linked = summaries
            .Collect()
            .Combine(schema)
            .Select((pair, _) => Link(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Link);

        var emitContext = schema
            .Combine(options.Select((o, _) => (o.Namespace, o.ChunkSize)))
            .Select((pair, _) => new EmitContext(pair.Left, pair.Right.Namespace, pair.Right.ChunkSize))
            .WithTrackingName(TrackingNames.Context);

        var layout = checkedFiles
            .Collect()
            .Combine(linked)
            .Combine(emitContext)
            .Select((pair, _) => Layout(pair.Right, pair.Left.Left, pair.Left.Right))
            .WithTrackingName(TrackingNames.Layout);

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

        context.RegisterSourceOutput(kindSources, static (spc, source) => AddSource(spc, source));
        context.RegisterSourceOutput(chunkSources, static (spc, source) => AddSource(spc, source));
        context.RegisterSourceOutput(knowledgeBaseSource, static (spc, source) => AddSource(spc, source));

        context.RegisterSourceOutput(schema.Select((s, _) => s.Diagnostics), Report);
        context.RegisterSourceOutput(checkedFiles.Select((file, _) => file.Diagnostics), Report);
        context.RegisterSourceOutput(linked.Select((l, _) => l.Diagnostics).WithTrackingName(TrackingNames.Diagnostics), Report);
    }

    private static void AddSource(SourceProductionContext context, GeneratedSource? source)
    {
        if (source is not null)
        {
            context.AddSource(source.HintName, source.Text);
        }
    }

    private static void Report(SourceProductionContext context, Compiler.Common.EquatableArray<Compiler.Diagnostics.Diagnostic> found)
    {
        foreach (var diagnostic in found)
        {
            context.ReportDiagnostic(DiagnosticConverter.ToRoslyn(diagnostic));
        }
    }

    private static bool IsContent(AdditionalText file, AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue("build_metadata.AdditionalFiles.FactBaseContent", out var marked)
        && string.Equals(marked, "true", System.StringComparison.OrdinalIgnoreCase)
        && file.Path.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase)
        && !ContentPaths.IsIgnored(file.Path);
}
