using System.Collections.Generic;
using System.Linq;

namespace FactBase.Compiler.Tests;

public class LinkerTests
{
    private const string Raices = "---\nkind: organization\nname: RAICES\nbased-in: texsa\n---\n";

    [Fact]
    public void Reports_a_dangling_ref_at_the_ref_with_the_nearest_id()
    {
        var result = TestContent.Compile(("content/texas.md", TestContent.Texas), ("content/orgs/raices.md", Raices));

        Assert.Equal("FB0302 content/orgs/raices.md(4,11)", TestContent.Single(result));
        Assert.Equal("No fact has the id 'texsa' (did you mean 'texas'?): fix the id, or add the fact", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Reports_a_ref_to_a_fact_of_the_wrong_kind()
    {
        var result = TestContent.Compile(
            ("content/article.md", TestContent.Article),
            ("content/orgs/raices.md", "---\nkind: organization\nname: RAICES\nbased-in: article\n---\n"));

        Assert.Equal("FB0303 content/orgs/raices.md(4,11)", TestContent.Single(result));
        Assert.Equal("'article' is a source, but 'based-in' takes a place: point it at a place", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Accepts_a_ref_to_a_kind_that_extends_the_wanted_one_and_computes_backlinks()
    {
        var result = TestContent.Compile(
            ("content/kinds/city.md", "---\nkind: kind\nplural: cities\nextends: place\nfields:\n  state: ref<place>?\n---\n"),
            ("content/texas.md", TestContent.Texas),
            ("content/austin.md", "---\nkind: city\nname: Austin\nstate: texas\n---\n"),
            ("content/orgs/raices.md", "---\nkind: organization\nname: RAICES\nbased-in: austin\n---\n"));

        Assert.Empty(result.Diagnostics);
        var backlinks = result.Model.Facts.ToDictionary(f => f.Id, f => f.Backlinks.Select(b => $"{b.FromId}.{b.Field}").ToArray());
        Assert.Equal(["raices.based-in"], backlinks["austin"]);
        Assert.Equal(["austin.state"], backlinks["texas"]);
        Assert.Empty(backlinks["raices"]);
    }

    [Theory]
    [InlineData("content/b/austin.md", "---\nkind: place\nname: b\n---\n", "content/a/austin-tx.md", "---\nkind: place\nid: austin\nname: a\n---\n", "by its file name")]
    [InlineData("content/a/austin.md", "---\nkind: place\nname: a\n---\n", "content/b/austin.md", "---\nkind: place\nname: b\n---\n", "by its file name")]
    [InlineData("content/a/one.md", "---\nkind: place\nid: austin\nname: a\n---\n", "content/b/two.md", "---\nkind: place\nid: austin\nname: b\n---\n", "by its 'id:' on line 3")]
    public void Of_two_facts_with_one_id_the_file_named_so_keeps_it_else_the_first_in_path_order(string keeperPath, string keeperText, string loserPath, string loserText, string how)
    {
        // Both orders of the files, so that nothing depends on which the pipeline reads first.
        foreach (var files in new[] { new[] { (keeperPath, keeperText), (loserPath, loserText) }, [(loserPath, loserText), (keeperPath, keeperText)] })
        {
            var result = TestContent.Compile(files);

            var problem = Assert.Single(result.Diagnostics);
            Assert.Equal(("FB0300", loserPath), (problem.Id, problem.Path));
            Assert.Equal(loserText.Contains("id:", System.StringComparison.Ordinal) ? (3, 5) : (1, 1), (problem.Span.Line, problem.Span.Column));
            Assert.StartsWith($"The id 'austin' is also the id of {keeperPath} ({how}), which keeps it; this fact is left out: ", problem.Message, System.StringComparison.Ordinal);
            Assert.Equal(keeperPath, Assert.Single(result.Model.Facts, f => f.Kind == "place" && f.Id == "austin").Path);
        }
    }

    [Fact]
    public void Of_many_facts_with_one_id_one_keeps_it_and_the_others_are_reported_in_path_order_whatever_order_they_come_in()
    {
        (string, string)[] claims =
        [
            ("content/c/one.md", "---\nkind: place\nid: austin\nname: c\n---\n"),
            ("content/b/austin.md", "---\nkind: place\nname: b\n---\n"),
            ("content/a/two.md", "---\nkind: place\nid: austin\nname: a\n---\n"),
            ("content/a/austin.md", "---\nkind: place\nid: austin\nname: a2\n---\n"),
            ("content/d/texas.md", TestContent.Texas),
        ];

        // Every order of the files: the link sorts them by id and must not depend on the order ids tie in.
        foreach (var files in Permutations(claims))
        {
            var result = TestContent.Compile(files);

            Assert.Equal(
                ["FB0300 content/a/austin.md(3,5)", "FB0300 content/a/two.md(3,5)", "FB0300 content/c/one.md(3,5)"],
                result.Diagnostics.Select(d => $"{d.Id} {d.Path}({d.Span.Line},{d.Span.Column})"));
            Assert.All(result.Diagnostics, d => Assert.Contains("also the id of content/b/austin.md (by its file name)", d.Message, System.StringComparison.Ordinal));
            Assert.Equal(["content/b/austin.md", "content/d/texas.md"], result.Model.Facts.Where(f => f.Kind == "place").Select(f => f.Path));
        }
    }

    [Fact]
    public void Each_files_problems_are_listed_in_path_order_whatever_order_the_files_come_in()
    {
        (string, string)[] files =
        [
            ("content/c.md", "---\nkind: place\nname: C\ncolour: red\n---\n"),
            ("content/a.md", "---\nkind: place\nname: A\ncolour: red\n---\n"),
            ("content/b.md", "---\nkind: place\nname: B\ncolour: red\n---\n"),
        ];

        foreach (var order in Permutations(files))
        {
            var result = TestContent.Compile(order);

            Assert.Equal(["content/a.md", "content/b.md", "content/c.md"], result.Diagnostics.Select(d => d.Path));
        }
    }

    [Theory]
    [InlineData("content/b/austin-tx.md", "remove the 'id:' line, and the fact takes the id 'austin-tx' from its file name; or, if both describe one fact, merge them")]
    [InlineData("content/b/texas.md", "write another id; or, if both describe one fact, merge them")]
    [InlineData("content/b/Austin.md", "write another id; or, if both describe one fact, merge them")]
    public void A_duplicate_id_offers_the_file_name_when_that_id_is_free(string loserPath, string fix)
    {
        var result = TestContent.Compile(
            ("content/texas.md", TestContent.Texas),
            ("content/a/austin.md", "---\nkind: place\nname: a\n---\n"),
            (loserPath, "---\nkind: place\nid: austin\nname: b\n---\n"));

        Assert.EndsWith(fix, Assert.Single(result.Diagnostics).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_file_name_is_told_to_take_another_id()
    {
        var result = TestContent.Compile(("content/a/texas.md", TestContent.Texas), ("content/b/texas.md", TestContent.Texas));

        Assert.Equal("FB0300 content/b/texas.md(1,1)", TestContent.Single(result));
        Assert.EndsWith("this fact is left out: add an 'id:' line with another id, or rename the file; or, if both describe one fact, merge them", result.Diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_kinds_with_one_id_the_file_named_so_keeps_it()
    {
        var result = TestContent.Compile(
            ("content/kinds/city.md", "---\nkind: kind\nid: place\nfields:\n  mayor: string\n---\n"),
            ("content/texas.md", TestContent.Texas));

        Assert.Equal("FB0300 content/kinds/city.md(3,5)", TestContent.Single(result));
        Assert.Equal(
            "The id 'place' is also the id of the kind in content/kinds/place.md (by its file name), which keeps it; this kind is left out: remove the 'id:' line, and the kind takes the id 'city' from its file name; or, if both describe one kind, merge them",
            result.Diagnostics[0].Message);
    }

    [Fact]
    public void Reports_ids_that_become_one_csharp_name()
    {
        var result = TestContent.Compile(
            ("content/a-1b.md", TestContent.Texas),
            ("content/a1b.md", TestContent.Texas));

        Assert.Equal("FB0301 content/a1b.md(1,1)", TestContent.Single(result));
    }

    [Fact]
    public void Reports_a_cycle_of_extends_once_per_kind_and_still_checks_facts()
    {
        var result = TestContent.Compile(
            ("content/kinds/a.md", "---\nkind: kind\nextends: b\n---\n"),
            ("content/kinds/b.md", "---\nkind: kind\nextends: a\n---\n"),
            ("content/x.md", "---\nkind: a\n---\n"));

        Assert.Equal(["FB0103 content/kinds/a.md(3,10)"], result.Diagnostics.Select(TestContent.Describe));
        Assert.Single(result.Model.Facts);
    }

    [Fact]
    public void Reports_a_citation_of_a_missing_source()
    {
        var result = TestContent.Compile(
            ("content/article.md", TestContent.Article),
            ("content/texas.md", "---\nkind: place\nname: Texas\nsources:\n  - source: artcle\n---\n"));

        Assert.Equal("FB0304 content/texas.md(5,13)", TestContent.Single(result));
        Assert.Contains("(did you mean 'article'?)", result.Diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fields:\n  body: string", "FB0105 content/kinds/place.md(4,3)")]
    [InlineData("fields:\n  id: string", "FB0105 content/kinds/place.md(4,3)")]
    [InlineData("fields:\n  name: strnig", "FB0102 content/kinds/place.md(4,9)")]
    [InlineData("fields:\n  Name: string", "FB0104 content/kinds/place.md(4,3)")]
    [InlineData("extends: nowhere", "FB0101 content/kinds/place.md(3,10)")]
    [InlineData("feilds:\n  name: string", "FB0104 content/kinds/place.md(3,1)")]
    public void Reports_bad_kinds(string definition, string expected) =>
        Assert.Equal(expected, TestContent.Single(TestContent.Compile(("content/kinds/place.md", $"---\nkind: kind\n{definition}\n---\n"))));

    private static IEnumerable<(string, string)[]> Permutations((string, string)[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations([.. items.Take(i), .. items.Skip(i + 1)]).Select(rest => new[] { item }.Concat(rest).ToArray()));
}
