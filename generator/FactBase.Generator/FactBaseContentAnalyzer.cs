using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactBase.Compiler.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>
/// Reports the content's diagnostics as an analyzer, per Markdown file, so the IDE shows them
/// live (generator diagnostics in additional files show poorly there: dotnet/roslyn#49531).
/// It runs the core's one pipeline, as the generator does, with a cache of its own under the same
/// rule (<see cref="ResultCache"/>), so an edit reads the edited file alone. It reports only where
/// the build hands reporting to it (design-time builds), so nothing is reported twice; see
/// docs/diagnostics.md for who reports when, and how severities are set.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactBaseContentAnalyzer : DiagnosticAnalyzer
{
    private readonly ResultCache _cache = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [.. DiagnosticConverter.All];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var provider = start.Options.AnalyzerConfigOptionsProvider;
            var options = GeneratorOptions.From(provider);
            if (options.Reporter != DiagnosticReporter.Analyzer)
            {
                return;
            }

            var texts = start.Options.AdditionalFiles;
            var cancellation = start.CancellationToken;
            var byPath = new Lazy<ILookup<string, Compiler.Diagnostics.Diagnostic>>(
                () => Compile(texts, provider, options, cancellation).ToLookup(d => d.Path, StringComparer.Ordinal),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file =>
            {
                if (!ContentFiles.IsContent(file.AdditionalFile, provider.GetOptions(file.AdditionalFile)))
                {
                    return;
                }

                foreach (var diagnostic in byPath.Value[file.AdditionalFile.Path])
                {
                    file.ReportDiagnostic(DiagnosticConverter.ToRoslyn(diagnostic));
                }
            });
        });
    }

    /// <summary>Every diagnostic of the content, as the generator would report them.</summary>
    private IEnumerable<Compiler.Diagnostics.Diagnostic> Compile(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider provider, GeneratorOptions options, CancellationToken cancellationToken)
    {
        // The content files themselves, never the build step's index: the analyzer reports on each file.
        var inputs = texts.Select(t => GeneratorInput.From(t, provider.GetOptions(t), options, cancellationToken)).Where(i => i is not { IsIndex: true }).ToImmutableArray();
        var read = FactBaseGenerator.Read(_cache, inputs, options, cancellationToken);
        var diagnostics = read.Diagnostics().Concat(read.Schema.Diagnostics);
        return read.Files is null ? diagnostics : diagnostics.Concat(ContentPipeline.Link(read.Files).Diagnostics);
    }
}
