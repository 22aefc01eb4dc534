using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>
/// Reports the content's diagnostics as an analyzer, per Markdown file, so the IDE shows them
/// live (generator diagnostics in additional files show poorly there: dotnet/roslyn#49531).
/// It shares the compiler core and the generator's per-file parse cache. It reports only
/// where the build hands reporting to it (design-time builds), so nothing is reported twice;
/// see docs/diagnostics.md for who reports when, and how severities are set.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactBaseContentAnalyzer : DiagnosticAnalyzer
{
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

            var files = start.Options.AdditionalFiles.Where(f => ContentFiles.IsContent(f, provider.GetOptions(f))).ToImmutableArray();
            var cancellation = start.CancellationToken;
            // The cache keeps front matter mappings only for the schema's files, so these checks read each
            // fact's again from its text: one more YAML read per file, in design-time builds only.
            var result = new Lazy<CompilationResult>(
                () => KnowledgeBaseCompiler.Link(files.Select(f => ParseCache.Parse(f, options, cancellation)).ToList()),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file =>
            {
                if (!files.Contains(file.AdditionalFile))
                {
                    return;
                }

                foreach (var diagnostic in result.Value.Diagnostics.Where(d => d.Path == file.AdditionalFile.Path))
                {
                    file.ReportDiagnostic(DiagnosticConverter.ToRoslyn(diagnostic));
                }
            });
        });
    }
}
