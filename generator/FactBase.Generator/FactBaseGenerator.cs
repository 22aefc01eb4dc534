using System.Collections.Immutable;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using FbDiagnostic = FactBase.Compiler.Diagnostics.Diagnostic;

namespace FactBase.Generator;

/// <summary>
/// Compiles the Markdown content (AdditionalFiles marked FactBaseContent) into typed C#.
/// The pipeline: per-file parse (cached per file), one link over the whole knowledge base,
/// then emission, with diagnostics on their own output. The logic lives in the compiler core;
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
            .Where(pair => ContentFiles.IsContent(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Select((pair, _) => pair.Left)
            .Combine(options)
            .Select((pair, cancellationToken) => Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var compiled = parsed.Collect()
            .Select((files, _) => Link(files))
            .WithTrackingName(TrackingNames.Link);

        var sources = compiled
            .Select((result, _) => result.Model)
            .Combine(options.Select((o, _) => o.Namespace))
            .Select((pair, _) => Emit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Emit);

        // The analyzer reports instead where the build asks it to (the IDE's design-time builds).
        var diagnostics = compiled
            .Combine(options.Select((o, _) => o.Reporter))
            .Select((pair, _) => pair.Right == DiagnosticReporter.Generator ? pair.Left.Diagnostics : EquatableArray<FbDiagnostic>.Empty)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(sources, static (spc, files) =>
        {
            foreach (var file in files)
            {
                spc.AddSource(file.HintName, file.Text);
            }
        });

        context.RegisterSourceOutput(diagnostics, static (spc, found) =>
        {
            foreach (var diagnostic in found)
            {
                spc.ReportDiagnostic(DiagnosticConverter.ToRoslyn(diagnostic));
            }
        });
    }
}
