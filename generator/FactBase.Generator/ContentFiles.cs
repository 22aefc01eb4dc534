using System;
using FactBase.Compiler.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>
/// Which additional files the generator reads: the Markdown content (marked by build/FactBase.targets,
/// except '_' files), or, in a command-line build, the build step's index (<see cref="ContentIndex"/>).
/// </summary>
public static class ContentFiles
{
    public const string MarkerMetadata = "build_metadata.AdditionalFiles.FactBaseContent";
    public const string IndexMetadata = "build_metadata.AdditionalFiles.FactBaseIndex";

    public static bool IsContent(AdditionalText file, AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(MarkerMetadata, out var marked)
        && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase)
        && ContentPaths.IsContent(file.Path);

    /// <summary>
    /// Whether the file is the build step's index, which a command-line build gives the compiler instead
    /// of the content. The compiler gives every additional file every visible metadata, empty where the
    /// item has none.
    /// </summary>
    public static bool IsIndex(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(IndexMetadata, out var marked) && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase);
}
