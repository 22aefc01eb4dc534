using System.Linq;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator.Tests;

/// <summary>The build step's index, as the generator takes it: a build's whole input, or the IDE's cache of results.</summary>
public class IndexTests
{
    [Fact]
    public void In_the_IDE_the_files_the_last_build_read_are_taken_from_its_index_and_the_others_read()
    {
        (string Path, string Text)[] files =
        [
            .. SampleContent.Files,
            ("places/austin.md", "---\nkind: place\nname: Austin\n---\nA city.\n"),
            ("places/dallas.md", "---\nkind: place\nname: Dallas\n---\nAnother city.\n"),
        ];

        // The last build's index, with summaries that say where they come from; then Dallas is edited.
        var index = new GeneratorHarness(files, fromIndex: true).BuildStepOutputs().Index;
        index = ReplaceToken(ReplaceToken(index, "A city.", "A city (from the index)."), "Another city.", "Another city (from the index).");
        var edited = files.Select(f => f.Path == "places/dallas.md" ? (f.Path, f.Text.Replace("Another city.", "A city in Texas.", System.StringComparison.Ordinal)) : f);

        var sources = new GeneratorHarness(edited, cacheIndex: index).Run().Results.Single().GeneratedSources;

        var text = string.Concat(sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("A city (from the index).", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Another city", text, System.StringComparison.Ordinal);
        Assert.Contains("A city in Texas.", text, System.StringComparison.Ordinal);
    }

    /// <summary>The index with one token's text replaced, its length prefix with it.</summary>
    private static string ReplaceToken(string index, string text, string replacement)
    {
        var token = $"{text.Length}:{text}";
        Assert.Contains(token, index, System.StringComparison.Ordinal);
        return index.Replace(token, $"{replacement.Length}:{replacement}", System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("FactBase content index 1\n")]
    [InlineData("FactBase content index 1\n32:00000000000000000000000000000000")]
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

    [Fact]
    public void A_damaged_index_in_the_IDE_is_no_cache_and_every_file_is_read()
    {
        var fromFiles = new GeneratorHarness(SampleContent.Files).Run().Results.Single();

        var withDamaged = new GeneratorHarness(SampleContent.Files, cacheIndex: "FactBase content index 1\n99:garbage").Run().Results.Single();

        Assert.Empty(withDamaged.Diagnostics);
        Assert.Equal(fromFiles.GeneratedSources.Select(s => s.SourceText.ToString()), withDamaged.GeneratedSources.Select(s => s.SourceText.ToString()));
    }
}
