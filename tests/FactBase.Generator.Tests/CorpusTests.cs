using System.Linq;
using FactBase.Corpus;
using FactBase.Generator.Tests.Harness;

namespace FactBase.Generator.Tests;

/// <summary>The benchmarks' synthetic corpus, at a size a test can afford: valid content that compiles cleanly.</summary>
public class CorpusTests
{
    [Fact]
    public void The_synthetic_corpus_compiles_with_no_diagnostics_and_no_warnings()
    {
        var harness = new GeneratorHarness(CorpusGenerator.Generate(300));

        var (_, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_synthetic_corpus_is_deterministic_and_of_realistic_size()
    {
        var first = CorpusGenerator.Generate(200, seed: 7).ToList();
        var second = CorpusGenerator.Generate(200, seed: 7).ToList();

        Assert.Equal(first, second);
        var facts = first.Where(f => !f.Path.StartsWith("kinds/", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(200, facts.Count);
        Assert.InRange(facts.Average(f => f.Text.Length), 1000, 2000);
        Assert.NotEqual(first, CorpusGenerator.Generate(200, seed: 8).ToList());
    }
}
