using System.Linq;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator.Tests;

/// <summary>The build step's index, as the generator takes it in a command-line build: its whole input.</summary>
public class IndexTests
{
    [Theory]
    [InlineData("")]
    [InlineData("FactBase code index 2\n")]
    [InlineData("FactBase code index 2\n32:00000000000000000000000000000000")]
    public void A_damaged_index_in_a_build_is_one_located_error_and_code_that_compiles(string damaged)
    {
        var harness = new GeneratorHarness(SampleContent.Files, fromIndex: true, indexText: damaged);

        var reported = harness.Run().Diagnostics;
        var (_, compiled) = harness.Compile();

        Assert.Empty(compiled.Select(d => d.ToString()));
        var error = Assert.Single(reported);
        Assert.Equal("FB0900", error.Id);
        Assert.Equal(GeneratorHarness.IndexPath, error.Location.GetLineSpan().Path);
        Assert.Contains("Build the project again", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
