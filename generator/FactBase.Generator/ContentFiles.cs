using System;
using FactBase.Compiler.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>
/// Which additional files the generator reads: the Markdown content (marked by build/FactBase.targets,
/// except '_' files), and the build step's index (<see cref="ContentIndex"/>), marked with its mode.
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
    /// The index's mode when the file is the build step's index: what it is to the generator. The
    /// compiler gives every additional file every visible metadata, empty where the item has none.
    /// </summary>
    public static IndexMode? IndexModeOf(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(IndexMetadata, out var mode) switch
        {
            true when string.Equals(mode, "build", StringComparison.OrdinalIgnoreCase) => IndexMode.Build,
            true when string.Equals(mode, "cache", StringComparison.OrdinalIgnoreCase) => IndexMode.Cache,
            _ => null,
        };
}

/// <summary>What the build step's index is to the generator.</summary>
public enum IndexMode
{
    /// <summary>
    /// A command-line build's: the build step wrote it for this compilation, from content the compiler
    /// is not given; the generator works from it alone.
    /// </summary>
    Build,

    /// <summary>
    /// The IDE's: the last build's index, beside the content files themselves; a cache of results
    /// for the files whose content it matches.
    /// </summary>
    Cache,
}
