using System.Linq;
using FactBase.Compiler.Model;
using FactBase.Rendering;

namespace FactBase.Compiler.Tests;

public class CheckerTests
{
    [Fact]
    public void Types_every_field_of_a_valid_fact()
    {
        var result = TestContent.Compile(
            ("content/places/texas.md", TestContent.Texas),
            ("content/orgs/raices.md", """
                ---
                kind: organization
                name: RAICES
                based-in: texas
                size: about 130 people
                founded: 1986
                budget: about 40 million USD
                active: true
                category: nonprofit
                aliases: [Refugee and Immigrant Center]
                ---
                A nonprofit.
                """));

        Assert.Empty(result.Diagnostics);
        var raices = result.Model.Facts.Single(f => f.Id == "raices");
        var fields = raices.Fields.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal(new StringValue("RAICES"), fields["name"]);
        Assert.Equal("texas", ((RefValue)fields["based-in"]).Id);
        Assert.Equal(new QuantityValue(130, Qualifier.About, "people"), fields["size"]);
        Assert.Equal(new DateValue(1986, null, null), fields["founded"]);
        Assert.Equal(new MoneyValue(40_000_000, "USD", Qualifier.About), fields["budget"]);
        Assert.Equal(new BoolValue(true), fields["active"]);
        Assert.Equal(new EnumValue("nonprofit"), fields["category"]);
        Assert.Equal(new StringValue("Refugee and Immigrant Center"), Assert.Single(((ListValue)fields["aliases"]).Items));
        Assert.Equal("A nonprofit.", raices.Body.Summary);
        Assert.Equal("<p>A nonprofit.</p>", MarkdownRenderer.RenderBlock(raices.Body.Markdown).Html);
    }

    [Theory]
    [InlineData("nmae: RAICES", "FB0200 content/orgs/raices.md(3,1)", "(did you mean 'name'?)")]
    [InlineData("name: [RAICES]", "FB0209 content/orgs/raices.md(3,7)", "'name' takes a single string, not a list")]
    [InlineData("name: RAICES\naliases: RAICES", "FB0210 content/orgs/raices.md(4,10)", "'aliases' takes a list, not a single value")]
    [InlineData("name: RAICES\ncategory: charity", "FB0208 content/orgs/raices.md(4,11)", "'charity' is not one of company, nonprofit")]
    [InlineData("name: RAICES\ncategory: nonprofti", "FB0208 content/orgs/raices.md(4,11)", "(did you mean 'nonprofit'?)")]
    [InlineData("name: RAICES\nactive: yes", "FB0203 content/orgs/raices.md(4,9)", "write 'true'")]
    [InlineData("name: RAICES\nfounded: 1986-02-30", "FB0204 content/orgs/raices.md(4,10)", "month 02 of 1986 has 28 days")]
    [InlineData("name: RAICES\nbudget: 100", "FB0205 content/orgs/raices.md(4,9)", "add its currency")]
    [InlineData("name:", "FB0201 content/orgs/raices.md(3,1)", "lacks the required field 'name' (string)")]
    [InlineData("based-in: [texas]", "FB0201 content/orgs/raices.md(2,1)", "lacks the required field 'name'")]
    public void Reports_each_bad_field_at_its_key_or_value(string frontMatter, string expected, string message)
    {
        var result = TestContent.Compile(("content/orgs/raices.md", $"---\nkind: organization\n{frontMatter}\n---\n"));

        var diagnostic = result.Diagnostics.First(d => d.Id != "FB0209" || expected.StartsWith("FB0209", System.StringComparison.Ordinal));
        Assert.Equal(expected, TestContent.Describe(diagnostic));
        Assert.Contains(message, diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_problem_of_every_file_in_one_pass()
    {
        var result = TestContent.Compile(
            ("content/a.md", "---\nkind: organization\nname: A\nactive: NO\n---\n"),
            ("content/b.md", "---\nkind: organization\nname: B\nfounded: 2018-13\nsize: lots\n---\n"),
            ("content/c.md", "no front matter"));

        Assert.Equal(
            ["FB0203 content/a.md(4,9)", "FB0204 content/b.md(4,10)", "FB0207 content/b.md(5,7)", "FB0001 content/c.md(1,1)"],
            result.Diagnostics.Select(TestContent.Describe).OrderBy(d => d.Split(' ')[1], System.StringComparer.Ordinal));
    }

    [Fact]
    public void Reports_an_unknown_kind_with_the_nearest_one()
    {
        var result = TestContent.Compile(("content/a.md", "---\nkind: organisation\nname: A\n---\n"));

        Assert.Equal("FB0101 content/a.md(2,7)", TestContent.Single(result));
        Assert.Contains("(did you mean 'organization'?)", result.Diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/Jonathan Ryan.md", "---\nkind: place\nname: x\n---\n", "FB0211 content/Jonathan Ryan.md(1,1)", "rename the file to 'jonathan-ryan.md' or write 'id: jonathan-ryan'")]
    [InlineData("content/a.md", "---\nkind: place\nid: Texas_State\nname: x\n---\n", "FB0211 content/a.md(3,5)", "try 'texas-state'")]
    [InlineData("content/a.md", "---\nname: x\n---\n", "FB0100 content/a.md(2,1)", "write 'kind: <kind>'")]
    public void Reports_bad_ids_and_missing_kinds(string path, string text, string expected, string fix)
    {
        var result = TestContent.Compile((path, text));

        Assert.Equal(expected, TestContent.Single(result));
        Assert.Contains(fix, result.Diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sources:\n  - source: article\n    status: rumoured", "FB0213 content/a.md(6,13)")]
    [InlineData("sources:\n  - source: article\n    qoute: x", "FB0212 content/a.md(6,5)")]
    [InlineData("sources:\n  - quote: x", "FB0212 content/a.md(5,5)")]
    [InlineData("sources: article", "FB0210 content/a.md(4,10)")]
    [InlineData("sources:\n  - source:\n    quote: x", "FB0212 content/a.md(5,5)")]
    public void Reports_bad_citations(string sources, string expected) =>
        Assert.Equal(expected, TestContent.Single(TestContent.Compile(
            ("content/article.md", TestContent.Article),
            ("content/a.md", $"---\nkind: place\nname: x\n{sources}\n---\n"))));

    [Fact]
    public void An_empty_source_is_told_to_be_filled_in()
    {
        var result = TestContent.Compile(("content/a.md", "---\nkind: place\nname: x\nsources:\n  - source:\n---\n"));

        Assert.Equal("Invalid citation: 'source' is empty: write the id of the source after 'source:'", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void A_citation_key_with_nothing_after_it_is_left_out()
    {
        var result = TestContent.Compile(
            ("content/article.md", TestContent.Article),
            ("content/a.md", "---\nkind: place\nname: x\nsources:\n  - source: article\n    quote:\n    status:\n    by:\n    note:\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new CitationModel(new RefValue("article", default), null, CitationStatus.Reported, null, null),
            result.Model.Facts.Single(f => f.Id == "a").Sources.Single() with { Source = new RefValue("article", default) });
    }

    [Fact]
    public void Reads_citations_with_status_and_claimant()
    {
        var result = TestContent.Compile(
            ("content/article.md", TestContent.Article),
            ("content/texas.md", TestContent.Texas),
            ("content/a.md", "---\nkind: place\nname: x\nsources:\n  - article\n  - source: article\n    quote: \"about $40 million\"\n    status: unconfirmed\n    by: texas\n---\n"));

        Assert.Empty(result.Diagnostics);
        var citations = result.Model.Facts.Single(f => f.Id == "a").Sources;
        Assert.Equal(CitationStatus.Reported, citations[0].Status);
        Assert.Equal(("about $40 million", CitationStatus.Unconfirmed, "texas"), (citations[1].Quote, citations[1].Status, citations[1].By!.Id));
    }
}
