using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator.Tests.Harness;

/// <summary>
/// What build/FactBase.props and .targets make visible to the generator, set by hand. As the compiler
/// does, every additional file has every visible metadata, empty where the item has none.
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlySet<string> contentFiles, IReadOnlySet<string>? indexes = null)
    : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());
    private static readonly Options Other = Metadata(content: string.Empty, index: string.Empty);
    private static readonly Options Content = Metadata(content: "true", index: string.Empty);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        contentFiles.Contains(textFile.Path) ? Content
        : indexes is not null && indexes.Contains(textFile.Path) ? Metadata(content: string.Empty, index: "true")
        : Other;

    private static Options Metadata(string content, string index) => new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.FactBaseContent"] = content,
        ["build_metadata.AdditionalFiles.FactBaseIndex"] = index,
    });

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
