using System;
using System.Globalization;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>Who reports the content's diagnostics: the generator (builds) or the analyzer (the IDE's live analysis).</summary>
public enum DiagnosticReporter
{
    Generator,
    Analyzer,
}

/// <summary>The MSBuild properties the generator reads (see build/FactBase.targets), as an equatable model.</summary>
/// <param name="RecordsAssembly">The records assembly the build step writes (<c>$(FactBaseRecordsAssembly)</c>); null when the records are embedded in the project's own assembly, as tests do.</param>
public sealed record GeneratorOptions(string Namespace, string ContentRoot, ReadOptions Read, DiagnosticReporter Reporter = DiagnosticReporter.Generator, int ChunkSize = CSharpEmitter.ChunkSize, string? RecordsAssembly = null)
{
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var ns = Get(global, "FactBaseNamespace") ?? Get(global, "RootNamespace") ?? Namespaces.Default;
        var root = Get(global, "FactBaseContentRoot") ?? string.Empty;
        var read = new ReadOptions(
            Int(global, "FactBaseMaxFileSize") ?? ReadOptions.DefaultMaxFileSize,
            Int(global, "FactBaseMaxDepth") ?? ReadOptions.DefaultMaxDepth);
        var reporter = string.Equals(Get(global, "FactBaseDiagnosticsReporter"), "analyzer", StringComparison.OrdinalIgnoreCase)
            ? DiagnosticReporter.Analyzer
            : DiagnosticReporter.Generator;
        return new GeneratorOptions(ns, ContentPaths.Normalize(root), read, reporter, Int(global, "FactBaseChunkSize") ?? CSharpEmitter.ChunkSize, Get(global, "FactBaseRecordsAssembly"));
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static int? Int(AnalyzerConfigOptions options, string name) =>
        int.TryParse(Get(options, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
