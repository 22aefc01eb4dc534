using System.Linq;
using FactBase.Generator.Tests.Harness;

namespace FactBase.Generator.Tests;

public class DiagnosticLocationTests
{
    [Fact]
    public void Reports_a_broken_ref_at_its_line_and_column_in_the_markdown_file()
    {
        var files = SampleContent.Files.Select(f => f.Path == "organizations/raices.md"
            ? (f.Path, f.Text.Replace("based-in: texas", "based-in: texsa", System.StringComparison.Ordinal))
            : f);
        var harness = new GeneratorHarness(files);

        var diagnostic = Assert.Single(harness.Run().Diagnostics);
        var span = diagnostic.Location.GetLineSpan();

        Assert.Equal("FB0302", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/repo/content/organizations/raices.md", span.Path);
        // Line 6, column 11 in the file; Roslyn counts from 0.
        Assert.Equal((5, 10), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal("/repo/content/organizations/raices.md(6,11): error FB0302: No fact has the id 'texsa' (did you mean 'texas'?): fix the id, or add the fact", diagnostic.ToString());
    }

    [Fact]
    public void Still_emits_code_that_compiles_when_the_content_has_errors()
    {
        var files = SampleContent.Files.Append(("places/bad.md", "---\nkind: place\nname: [x]\nextra: 1\n---\n"))
            .Append(("organizations/a1b.md", "---\nkind: organization\nname: x\n---\n"))
            .Append(("organizations/a-1b.md", "---\nkind: organization\nname: x\n---\n"));
        var harness = new GeneratorHarness(files);

        var (output, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Where(d => !d.Id.StartsWith("FB", System.StringComparison.Ordinal)).Select(d => d.ToString()));
        Assert.Equal(["FB0200", "FB0209", "FB0301"], harness.Run().Diagnostics.Select(d => d.Id).Order());
        Assert.NotNull(output);
    }
}
