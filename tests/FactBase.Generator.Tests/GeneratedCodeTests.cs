using System.Linq;
using FactBase.Generator.Tests.Harness;

namespace FactBase.Generator.Tests;

public class GeneratedCodeTests
{
    [Fact]
    public void Emits_code_that_compiles_with_no_errors_and_no_warnings()
    {
        var harness = new GeneratorHarness(SampleContent.Files);

        var (_, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Emits_code_that_compiles_for_content_with_no_kinds_and_no_facts()
    {
        var (_, diagnostics) = new GeneratorHarness([]).Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Declares_each_fact_not_null_though_its_file_turns_the_nullable_warnings_off()
    {
        var (output, _) = new GeneratorHarness(SampleContent.Files).Compile();

        var raices = output.GetTypeByMetadataName("Test.Content.Organizations")!.GetMembers("Raices").OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Single();

        Assert.Equal(Microsoft.CodeAnalysis.NullableAnnotation.NotAnnotated, raices.NullableAnnotation);
    }

    [Fact]
    public void Emits_what_the_snapshots_hold()
    {
        var result = new GeneratorHarness(SampleContent.Files).Run();

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var sources = result.Results.Single().GeneratedSources;
        Assert.Equal(
            ["Entity.g.cs", "Organization.g.cs", "Place.g.cs", "Source.g.cs", "Organizations.Chunk0.g.cs", "Places.Chunk0.g.cs", "Sources.Chunk0.g.cs", "Kb.g.cs"],
            sources.Select(s => s.HintName));
        foreach (var source in sources)
        {
            Snapshot.Match(source.SourceText.ToString(), "Sample." + source.HintName.Replace(".g.cs", string.Empty, System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Reads_only_marked_markdown_and_leaves_out_underscore_files()
    {
        var unmarked = new InMemoryAdditionalText("/repo/other/readme.md", "not front matter");
        var files = SampleContent.Files.Append(("places/_draft.md", "no front matter here"));

        var result = new GeneratorHarness(files, unmarked: [unmarked]).Run();

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Uses_the_namespace_property_sanitised()
    {
        var result = new GeneratorHarness(SampleContent.Files, new System.Collections.Generic.Dictionary<string, string> { ["FactBaseNamespace"] = "my-app.class" }).Run();

        Assert.Contains("namespace my_app.@class;", result.Results.Single().GeneratedSources[0].SourceText.ToString(), System.StringComparison.Ordinal);
    }
}
