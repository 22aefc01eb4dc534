using System.Linq;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Tests;

public class FrontMatterReaderTests
{
    [Fact]
    public void Keeps_scalars_as_written_so_yaml_never_guesses()
    {
        var file = TestContent.Parse("---\nflag: NO\ncode: 010\nwhen: 2018-03\nempty:\nquoted: \"yes\"\n---\n");

        var entries = file.FrontMatter!.Read().Entries.ToDictionary(e => e.Key.Text, e => (YamlScalar)e.Value);

        Assert.Empty(file.Diagnostics);
        Assert.Equal("NO", entries["flag"].Text);
        Assert.Equal("010", entries["code"].Text);
        Assert.Equal("2018-03", entries["when"].Text);
        Assert.True(entries["empty"].IsPlainEmpty);
        Assert.False(entries["quoted"].IsPlainEmpty);
        Assert.Equal("yes", entries["quoted"].Text);
    }

    [Fact]
    public void Locates_keys_and_values_in_the_file_counting_the_opening_fence()
    {
        var file = TestContent.Parse("---\nkind: place\nname:   Texas\n---\n");

        var name = file.FrontMatter!.Read().Find("name")!;

        Assert.Equal((3, 1), (name.Key.Span.Line, name.Key.Span.Column));
        Assert.Equal((3, 9), (name.Value.Span.Line, name.Value.Span.Column));
        Assert.Equal("Texas", "---\nkind: place\nname:   Texas\n---\n".Substring(name.Value.Span.Start, name.Value.Span.Length));
    }

    [Fact]
    public void Reads_block_scalars_over_several_lines()
    {
        var file = TestContent.Parse("---\nnote: |\n  line one\n  line two\n---\n");

        Assert.Equal("line one\nline two\n", ((YamlScalar)file.FrontMatter!.Read().Find("note")!.Value).Text);
    }

    [Theory]
    [InlineData("---\nbase: &a x\nother: *a\n---\n", "FB0005 content/test.md(2,7)")]
    [InlineData("---\nother: *a\n---\n", "FB0005 content/test.md(2,8)")]
    [InlineData("---\nvalue: !!str x\n---\n", "FB0005 content/test.md(2,8)")]
    [InlineData("---\nbase:\n  <<: {a: 1}\n---\n", "FB0005 content/test.md(3,3)")]
    [InlineData("---\na: 1\n...\nb: 2\n---\n", "FB0005 content/test.md(4,1)")]
    public void Refuses_anchors_aliases_tags_merge_keys_and_second_documents(string text, string expected)
    {
        var file = TestContent.Parse(text);

        Assert.Equal(expected, TestContent.Single(file));
        Assert.Null(file.FrontMatter);
    }

    [Fact]
    public void Refuses_an_alias_bomb_at_its_first_anchor_without_expanding_it()
    {
        var bomb = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + string.Concat(Enumerable.Range(0, 9).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n"))
            + "---\n";

        Assert.Equal("FB0005 content/test.md(2,4)", TestContent.Single(TestContent.Parse(bomb)));
    }

    [Fact]
    public void Stops_at_the_depth_limit_even_for_ten_thousand_levels()
    {
        var deep = "---\na: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n";

        // The root mapping is level 1, so the 64th bracket, at column 3 + 64, is the first too deep.
        Assert.Equal("FB0007 content/test.md(2,67)", TestContent.Single(TestContent.Parse(deep)));
    }

    [Fact]
    public void Honours_a_lower_depth_limit()
    {
        var file = TestContent.Parse("---\na:\n  b:\n    c: 1\n---\n", new ReadOptions(MaxDepth: 2));

        Assert.Equal("FB0007 content/test.md(4,5)", TestContent.Single(file));
    }

    [Theory]
    [InlineData("---\nkind: [a\n---\n", "FB0003 content/test.md(3,1)")]
    [InlineData("---\nkind: place\naliases:\n\t- y\n---\n", "FB0003 content/test.md(4,1)")]
    [InlineData("---\n- a\n- b\n---\n", "FB0004 content/test.md(2,1)")]
    [InlineData("---\njust text\n---\n", "FB0004 content/test.md(2,1)")]
    [InlineData("---\nname: a\nname: b\n---\n", "FB0009 content/test.md(3,1)")]
    public void Reports_broken_yaml_where_it_breaks(string text, string expected) =>
        Assert.Equal(expected, TestContent.Single(TestContent.Parse(text)));

    [Theory]
    [InlineData("kind: a\nsources:\n  - source: b\n   quote: c", "(5,4)", "check the indentation: 'quote:' starts in column 4; move it to column 5, under 'source:' on line 4")]
    [InlineData("kind: a\nname: b\n status: held", "(4,2)", "check the indentation: 'status:' starts in column 2; move it to column 1, under 'name:' on line 3")]
    [InlineData("kind: a\nsources:\n  - source: b\n    status: c\n      note: d", "(6,7)", "check the indentation: 'note:' starts in column 7; move it to column 5, under 'status:' on line 5")]
    [InlineData("kind: a\nsources:\n - source: b\n    quote: c", "(5,5)", "check the indentation: 'quote:' starts in column 5; move it to column 4, under 'source:' on line 4")]
    [InlineData("kind: a\nsources:\n  - source: b\n   - source: c", "(5,4)", "check the indentation: '-' starts in column 4; move it to column 3, under the '-' on line 4")]
    [InlineData(" kind: a\nname: b", "(2,2)", "check the indentation: 'kind:' starts in column 2; move it to column 1, where the front matter's keys start")]
    [InlineData("kind: a\ntitle: Rule: one", "(3,12)", "a value that holds ': ' must be quoted: write it as title: \"Rule: one\"")]
    [InlineData("kind: a\ntitle Rule one", "(3,1)", "the line has no ':' after its key: write it as title: Rule one")]
    public void Names_the_indentation_or_the_quote_that_broke_the_yaml_and_where(string yaml, string place, string fix)
    {
        var problem = Assert.Single(TestContent.Parse("---\n" + yaml + "\n---\n").Diagnostics);

        Assert.Equal("FB0003 content/test.md" + place, TestContent.Describe(problem));
        Assert.EndsWith(": " + fix, problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_no_column_where_a_value_over_several_lines_hides_them()
    {
        // The lines of a list left open over two lines are not read for their columns: no guess, the general advice.
        var problem = Assert.Single(TestContent.Parse("---\nkind: a\naliases: [b,\n  c]\n name: d\n---\n").Diagnostics);

        Assert.Equal("FB0003 content/test.md(5,2)", TestContent.Describe(problem));
        Assert.EndsWith(": check the indentation: entries of one mapping start in the same column", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Reports_each_repeated_key_with_its_first_line_however_large_the_mapping(int keys)
    {
        // Small mappings are scanned for a repeated key, large ones use a dictionary: both must agree.
        var lines = Enumerable.Range(0, keys).Select(i => $"key{i}: {i}").ToList();
        lines.Add("key0: again");
        lines.Add($"key{keys - 1}: again");
        lines.Add("key0: once more");
        var file = TestContent.Parse("---\n" + string.Join("\n", lines) + "\n---\n");

        var repeated = file.Diagnostics.Select(d => (TestContent.Describe(d), d.Message)).ToList();
        var mapping = file.FrontMatter!.Read();

        Assert.Equal(
            [
                ($"FB0009 content/test.md({keys + 2},1)", "The key 'key0' appears twice in this mapping (first on line 2): keep only one"),
                ($"FB0009 content/test.md({keys + 3},1)", $"The key 'key{keys - 1}' appears twice in this mapping (first on line {keys + 1}): keep only one"),
                ($"FB0009 content/test.md({keys + 4},1)", "The key 'key0' appears twice in this mapping (first on line 2): keep only one"),
            ],
            repeated);
        Assert.Equal(keys, mapping.Entries.Count);
        Assert.Equal("0", ((YamlScalar)mapping.Find("key0")!.Value).Text);
    }

    [Theory]
    [InlineData("---\nkind: place\nname: a\0b\n---\n", "FB0008 content/test.md(3,8)")]
    [InlineData("---\nkind: place\nname: \uFFFD\n---\n", "FB0008 content/test.md(3,7)")]
    [InlineData("kind: place\n", "FB0001 content/test.md(1,1)")]
    [InlineData("---\nkind: place\n", "FB0002 content/test.md(1,1)")]
    public void Reports_bad_text_and_missing_fences(string text, string expected) =>
        Assert.Equal(expected, TestContent.Single(TestContent.Parse(text)));

    [Fact]
    public void Refuses_a_file_over_the_size_limit_before_reading_it()
    {
        var file = TestContent.Parse("---\nkind: place\nname: " + new string('x', 2000) + "\n---\n", new ReadOptions(MaxFileSize: 1000));

        Assert.Equal("FB0006 content/test.md(1,1)", TestContent.Single(file));
    }
}
