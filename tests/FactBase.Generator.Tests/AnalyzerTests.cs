using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator.Tests;

/// <summary>
/// The companion analyzer reports what the generator would, file by file, where the build
/// hands reporting to it (design-time builds); the two never both report.
/// </summary>
public class AnalyzerTests
{
    private static readonly (string Path, string Text)[] BrokenContent =
    [
        .. SampleContent.Files.Where(f => f.Path != "places/texas.md"),
        ("places/texas.md", "---\nkind: place\nname: Texas\nactive: yes\n---\n"),
        ("places/bad-date.md", "---\nkind: organization\nname: x\nfounded: 2018-02-30\nbased-in: texsa\n---\n"),
        ("places/no-front-matter.md", "just text"),
    ];

    [Fact]
    public async Task Reports_the_same_diagnostics_as_the_generator_at_the_same_places()
    {
        var fromGenerator = new GeneratorHarness(BrokenContent).Run().Diagnostics.Select(Describe).Order().ToList();

        var fromAnalyzer = (await Analyze(BrokenContent, "analyzer")).Select(Describe).Order().ToList();

        Assert.Equal(4, fromGenerator.Count);
        Assert.Equal(fromGenerator, fromAnalyzer);
    }

    [Fact]
    public async Task Stays_silent_where_the_generator_reports_and_the_generator_stays_silent_where_it_reports()
    {
        Assert.Empty(await Analyze(BrokenContent, "generator"));

        var properties = new Dictionary<string, string> { ["FactBaseDiagnosticsReporter"] = "analyzer" };
        Assert.Empty(new GeneratorHarness(BrokenContent, properties).Run().Diagnostics);
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze((string Path, string Text)[] files, string reporter)
    {
        var properties = new Dictionary<string, string> { ["FactBaseDiagnosticsReporter"] = reporter };
        var harness = new GeneratorHarness(files, properties);
        var options = new AnalyzerOptions([.. harness.AdditionalTexts], harness.OptionsProvider);
        var analyzers = harness.Compilation.WithAnalyzers([new FactBaseContentAnalyzer()], options);
        return await analyzers.GetAnalyzerDiagnosticsAsync();
    }
}
