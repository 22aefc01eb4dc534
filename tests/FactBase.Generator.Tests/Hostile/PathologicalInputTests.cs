using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Reading;
using FactBase.Generator.Tests.Harness;
using FactBase.Rendering;

namespace FactBase.Generator.Tests.Hostile;

/// <summary>
/// Inputs built to make parsers go quadratic, recurse without end or run out of memory.
/// Each ends in its diagnostic or in compiled code. The time limit only guards against a
/// hang: speed is measured in the benchmarks, never asserted here.
/// </summary>
public class PathologicalInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    /// <summary>cmark's test/pathological_tests.py, sized to stay under the 1 MiB file limit.</summary>
    public static TheoryData<string, string> CommonMarkCases => new()
    {
        { "nested strong emph", Repeat("*a **a ", 30_000) + "b" + Repeat(" a** a*", 30_000) },
        { "many emph closers with no openers", Repeat("a_ ", 60_000) },
        { "many emph openers with no closers", Repeat("_a ", 60_000) },
        { "many 3-emph openers with no closers", Repeat("a***", 60_000) },
        { "many link closers with no openers", Repeat("a]", 60_000) },
        { "many link openers with no closers", Repeat("[a", 60_000) },
        { "mismatched openers and closers", Repeat("*a_ ", 50_000) },
        { "openers and closers multiple of 3", "a**b" + Repeat("c* ", 50_000) },
        { "link openers and emph closers", Repeat("[ a_", 50_000) },
        { "pattern [ (]( repeated", Repeat("[ (](", 80_000) },
        { "pattern ![[]() repeated", Repeat("![[]()", 80_000) },
        { "nested brackets", Repeat("[", 50_000) + "a" + Repeat("]", 50_000) },
        { "nested block quotes", Repeat("> ", 50_000) + "a" },
        { "deeply nested lists", string.Concat(Enumerable.Range(0, 1000).Select(i => Repeat("  ", i) + "* a\n")) },
        { "backticks", string.Concat(Enumerable.Range(1, 1000).Select(i => "e" + Repeat("`", i))) },
        { "unclosed links A", Repeat("[a](<b", 30_000) },
        { "unclosed links B", Repeat("[a](b", 30_000) },
        { "unclosed <!--", "</" + Repeat("<!--", 100_000) },
        { "tables", "| a |\n| --- |\n" + Repeat("|a|\n", 50_000) },
        { "many references", string.Concat(Enumerable.Range(0, 20_000).Select(i => $"[{i}]: /url\n")) + Repeat("[0] ", 20_000) },
    };

    [Theory]
    [MemberData(nameof(CommonMarkCases))]
    public async Task CommonMark_pathological_bodies_compile(string name, string body)
    {
        var text = "---\nkind: place\nname: " + name + "\n---\n" + body;

        var parsed = await RunGuarded(() => FileParser.Parse(new ContentFile("content/p.md", "content/p.md", text), ReadOptions.Default));

        // Either Markdown as Markdig renders it, or plain text with a warning that says why; the
        // runtime renders it on first use with the same renderer, which must not hang or throw either.
        Assert.All(parsed.Diagnostics, d => Assert.Equal("FB0010", d.Id));
        Assert.NotNull(parsed.FrontMatter);
        var (html, plain) = await RunGuarded(() => MarkdownRenderer.RenderBlock(parsed.Body.Markdown));
        MarkdownRenderer.CheckFully(body, out var fullProblem);
        Assert.Equal(fullProblem is null ? [] : ["FB0010"], parsed.Diagnostics.Select(d => d.Id));
        Assert.NotEmpty(html);
        Assert.NotEmpty(plain);
    }

    [Fact]
    public void Every_pathological_body_in_one_knowledge_base_compiles_without_warnings()
    {
        var files = SampleContent.Files.Concat(CommonMarkCases.Select((c, i) =>
            ($"places/p{i}.md", "---\nkind: place\nname: " + (string)c[0] + "\n---\n" + (string)c[1])));
        var harness = new GeneratorHarness(files);

        var (_, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_NUL_in_a_body_is_a_diagnostic()
    {
        var parsed = await RunGuarded(() => FileParser.Parse(new ContentFile("content/p.md", "content/p.md", "---\nkind: place\nname: x\n---\nabc\0de\0"), ReadOptions.Default));

        Assert.Equal("FB0008", Assert.Single(parsed.Diagnostics).Id);
    }

    public static TheoryData<string, string, string> YamlCases => new()
    {
        { "billion laughs", "---\nkind: place\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n", "FB0005 (3,4)" },
        { "10,000-deep flow nesting", "---\nkind: place\nname: " + Repeat("[", 10_000) + Repeat("]", 10_000) + "\n---\n", "FB0007 (3,70)" },
        { "200-deep block nesting", "---\nkind: place\n" + string.Concat(Enumerable.Range(0, 200).Select(i => Repeat(" ", i) + "k:\n")) + "---\n", "FB0007 (67,65)" },
        { "10,000-deep flow mappings", "---\nkind: place\nname: " + Repeat("{a: ", 10_000) + "1" + Repeat("}", 10_000) + "\n---\n", "FB0007 (3,259)" },
        { "a tab indenting a key", "---\nkind: place\nname: x\naliases:\n\t- y\n---\n", "FB0003 (5,1)" },
        { "a scalar of 2 MB", "---\nkind: place\nname: " + Repeat("x", 2_000_000) + "\n---\n", "FB0006 (1,1)" },
        { "unbalanced flow", "---\nkind: place\nname: [a, {b: c]\n---\n", "FB0003 (3,16)" },
    };

    [Theory]
    [MemberData(nameof(YamlCases))]
    public async Task Hostile_yaml_ends_in_its_diagnostic(string name, string text, string expected)
    {
        var result = await RunGuarded(() => KnowledgeBaseCompiler.Compile(
            [new ContentFile("content/kinds/place.md", "content/kinds/place.md", "---\nkind: kind\nfields:\n  name: string?\n  aliases: list<string>?\n---\n"), new ContentFile("content/p.md", "content/p.md", text)],
            ReadOptions.Default));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(expected == $"{diagnostic.Id} ({diagnostic.Span.Line},{diagnostic.Span.Column})", $"{name}: {diagnostic.Id} ({diagnostic.Span.Line},{diagnostic.Span.Column}) {diagnostic.Message}");
    }

    [Fact]
    public void A_multi_megabyte_scalar_within_a_raised_limit_compiles_and_round_trips()
    {
        var big = Repeat("0123456789", 300_000);
        var files = SampleContent.Files.Append(("places/big.md", "---\nkind: place\nname: " + big + "\n---\n"));
        var harness = new GeneratorHarness(files, new System.Collections.Generic.Dictionary<string, string> { ["FactBaseMaxFileSize"] = "4000000" });

        var (output, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        // Three megabytes of data, and none of it in the C#: the records resource holds it.
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.ToString().Contains("0123456789", System.StringComparison.Ordinal));
        using var loaded = harness.Load(output);
        Assert.Equal(big, LoadedKnowledgeBase.Get(loaded.Fact("Places", "Big"), "Name"));
    }

    [Fact]
    public void A_BOM_with_CRLF_and_a_tab_in_a_value_read_as_written()
    {
        var files = SampleContent.Files.Append(("places/crlf.md", "\uFEFF---\r\nkind: place\r\nname: \"tab\\there\"\r\naliases: [a, b]\r\n---\r\nBody\r\n"));
        var harness = new GeneratorHarness(files);

        var (output, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        using var loaded = harness.Load(output);
        var fact = loaded.Fact("Places", "Crlf");
        Assert.Equal("tab\there", LoadedKnowledgeBase.Get(fact, "Name"));
        Assert.Equal("Body", fact.Body.Text);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static async Task<T> RunGuarded<T>(Func<T> work) => await Task.Run(work).WaitAsync(HangGuard);
}
