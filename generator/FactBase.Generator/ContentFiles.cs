using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>Which AdditionalFiles are content: Markdown marked by build/FactBase.targets, except '_' files.</summary>
public static class ContentFiles
{
    public const string MarkerMetadata = "build_metadata.AdditionalFiles.FactBaseContent";

    public static bool IsContent(AdditionalText file, AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(MarkerMetadata, out var marked)
        && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase)
        && file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        && !ContentPaths.IsIgnored(file.Path);
}
