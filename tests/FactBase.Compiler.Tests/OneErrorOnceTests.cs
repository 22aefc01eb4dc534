using System.Linq;
using FactBase.Compiler.Model;

namespace FactBase.Compiler.Tests;

/// <summary>One mistake gives one error, where it is: not a trail of others that follow from it.</summary>
public class OneErrorOnceTests
{
    [Fact]
    public void A_field_with_a_bad_type_is_reported_at_the_kind_not_at_every_fact()
    {
        var result = TestContent.Compile(
            ("content/kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n  area: squre-miles?\n---\n"),
            ("content/a.md", "---\nkind: place\nname: a\narea: 5\n---\n"),
            ("content/b.md", "---\nkind: place\nname: b\narea: 6\n---\n"));

        Assert.Equal("FB0102 content/kinds/place.md(5,9)", TestContent.Single(result));
    }

    [Fact]
    public void A_ref_to_an_undeclared_kind_is_reported_at_the_field()
    {
        var result = TestContent.Compile(
            ("content/kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n  capital: ref<citty>?\n---\n"),
            ("content/texas.md", "---\nkind: place\nname: Texas\ncapital: austin\n---\n"),
            ("content/austin.md", "---\nkind: place\nname: Austin\n---\n"));

        Assert.Equal("FB0101 content/kinds/place.md(5,3)", TestContent.Single(result));
    }

    [Fact]
    public void Facts_of_a_kind_whose_file_is_broken_are_not_reported_again()
    {
        var result = TestContent.Compile(
            ("content/kinds/place.md", "---\nkind: kind\nfields: [name\n---\n"),
            ("content/texas.md", TestContent.Texas));

        Assert.Equal("FB0003 content/kinds/place.md(4,1)", TestContent.Single(result));
    }

    [Fact]
    public void Refs_to_a_fact_whose_file_is_broken_are_not_reported_again()
    {
        var result = TestContent.Compile(
            ("content/texas.md", "---\nkind: place\nname: [Texas\n---\n"),
            ("content/raices.md", "---\nkind: organization\nname: RAICES\nbased-in: texas\n---\n"));

        Assert.Equal("FB0003 content/texas.md(4,1)", TestContent.Single(result));
    }

    [Fact]
    public void A_missing_kind_lists_the_kinds_there_are()
    {
        var result = TestContent.Compile(("content/a.md", "---\nkind:\nname: x\n---\n"));

        Assert.Equal("FB0100 content/a.md(2,1)", TestContent.Single(result));
        Assert.Contains("one of: organization, place, source, kind", result.Diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_kinds_with_one_plural_are_reported_once()
    {
        var result = TestContent.Compile(
            ("content/kinds/sheep.md", "---\nkind: kind\nplural: flock\n---\n"),
            ("content/kinds/goat.md", "---\nkind: kind\nplural: flock\n---\n"));

        Assert.Equal("FB0301 content/kinds/sheep.md(1,1)", TestContent.Single(result));
        Assert.StartsWith("The C# name 'Flock' would stand for both the plural 'flock' of the kind 'goat' and", result.Diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_keeps_the_first_value_everywhere()
    {
        var result = TestContent.Compile(
            ("content/article.md", TestContent.Article),
            ("content/texas.md", "---\nkind: place\nname: Texas\nname: Tejas\nsources:\n  - source: article\n    quote: first\n    quote: second\n---\n"));

        Assert.Equal(["FB0009 content/texas.md(4,1)", "FB0009 content/texas.md(8,5)"], result.Diagnostics.Select(TestContent.Describe));
        var texas = result.Model.Facts.Single(f => f.Id == "texas");
        Assert.Equal(new StringValue("Texas"), texas.Fields.Single(f => f.Name == "name").Value);
        Assert.Equal("first", texas.Sources.Single().Quote);
    }

    [Fact]
    public void A_citation_of_a_fact_that_is_no_source_names_its_kind()
    {
        var result = TestContent.Compile(
            ("content/texas.md", TestContent.Texas),
            ("content/austin.md", "---\nkind: place\nname: Austin\nsources: [texas]\n---\n"));

        Assert.Equal("FB0304 content/austin.md(4,11)", TestContent.Single(result));
        Assert.StartsWith("'texas' is a place, not a source", result.Diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_kind_ref_reads_as_english()
    {
        var result = TestContent.Compile(
            ("content/kinds/city.md", "---\nkind: kind\nplural: cities\nfields:\n  mayor-of: ref<organization>\n---\n"),
            ("content/texas.md", TestContent.Texas),
            ("content/austin.md", "---\nkind: city\nmayor-of: texas\n---\n"));

        Assert.Equal("'texas' is a place, but 'mayor-of' takes an organization: point it at an organization", Assert.Single(result.Diagnostics).Message);
    }

    [Theory]
    [InlineData("int", "1,250", "FB", 1250)]
    [InlineData("int", "1,25", "FB0202", 0)]
    [InlineData("int", "-7", "FB", -7)]
    public void Whole_numbers_take_thousands_commas_like_money(string type, string written, string expected, int value)
    {
        var result = TestContent.Compile(
            ("content/kinds/thing.md", $"---\nkind: kind\nfields:\n  count: {type}\n---\n"),
            ("content/a.md", $"---\nkind: thing\ncount: \"{written}\"\n---\n"));

        if (expected == "FB")
        {
            Assert.Empty(result.Diagnostics);
            Assert.Equal(new IntValue(value), result.Model.Facts.Single().Fields.Single().Value);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(result.Diagnostics).Id);
        }
    }

    [Theory]
    [InlineData("$250,000", "write it as '250,000 USD': a currency code after the number, not a symbol")]
    [InlineData("maybe", "write 'true' or 'false'")]
    public void Messages_name_the_fix_for_common_slips(string written, string fix)
    {
        var type = written.StartsWith('$') ? "money" : "bool";
        var result = TestContent.Compile(
            ("content/kinds/thing.md", $"---\nkind: kind\nfields:\n  value: {type}\n---\n"),
            ("content/a.md", $"---\nkind: thing\nvalue: \"{written}\"\n---\n"));

        Assert.Contains(fix, Assert.Single(result.Diagnostics).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_is_shown_as_written()
    {
        var parsed = TestContent.Parse("---\nvalue: !!str x\n---\n");

        Assert.Contains("remove '!!str'", Assert.Single(parsed.Diagnostics).Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("integer", " (did you mean 'int'?)")]
    [InlineData("ref<Place>", ": a ref names a kind in lower-case kebab-case, as in 'ref<place>'")]
    [InlineData("list<list<string>>", ": a list holds single values, not lists")]
    [InlineData("enum(a, b, a)", ": the enum value 'a' appears twice")]
    [InlineData("enum(a, B)", ": the enum value 'B' is not lower-case kebab-case")]
    public void A_bad_field_type_says_which_rule_it_breaks(string written, string why)
    {
        Assert.False(FactBase.Compiler.Schema.FieldTypeParser.TryParse(written, out _, out _, out var actual));
        Assert.Equal(why, actual);
    }

    [Theory]
    [InlineData("name: x\nnote: \"" + "<<<" + "\"", false)]
    [InlineData("name: x", true)]
    public void Markdown_that_markdig_refuses_to_render_is_kept_as_text_with_a_warning(string frontMatter, bool inBody)
    {
        var deep = new string('*', 400) + "x" + new string('*', 400);
        var text = inBody
            ? $"---\nkind: thing\n{frontMatter}\n---\n{deep}\n"
            : $"---\nkind: thing\n{frontMatter.Replace("<<<", deep, System.StringComparison.Ordinal)}\n---\n";

        var result = TestContent.Compile(
            ("content/kinds/thing.md", "---\nkind: kind\nfields:\n  name: string\n  note: text?\n---\n"),
            ("content/a.md", text));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("FB0010", FactBase.Compiler.Diagnostics.DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Single(result.Model.Facts);
    }

    [Fact]
    public void Refs_to_a_broken_file_whose_name_is_not_kebab_case_are_not_reported_again()
    {
        var result = TestContent.Compile(
            ("content/Texas.md", TestContent.Texas),
            ("content/raices.md", "---\nkind: organization\nname: RAICES\nbased-in: texas\n---\n"));

        Assert.Equal("FB0211 content/Texas.md(1,1)", TestContent.Single(result));
    }
}
