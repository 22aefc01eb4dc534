using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Tests;

public class FrontMatterSplitterTests
{
    [Theory]
    [InlineData("---\nkind: place\n---\nBody\n")]
    [InlineData("---\r\nkind: place\r\n---\r\nBody\r\n")]
    [InlineData("\uFEFF---\r\nkind: place\r\n---\r\nBody\r\n")]
    [InlineData("---  \nkind: place\n---\t\nBody\n")]
    public void Finds_front_matter_with_LF_CRLF_BOM_and_trailing_blanks(string text)
    {
        var split = FrontMatterSplitter.Split(text);

        Assert.Equal(FrontMatterStatus.Found, split.Status);
        Assert.Equal("kind: place", text.Substring(split.YamlStart, split.YamlLength).TrimEnd());
        Assert.Equal("Body", text.Substring(split.BodyStart).Trim());
        Assert.Equal(4, split.BodyFirstLine);
    }

    [Theory]
    [InlineData("kind: place\n")]
    [InlineData("\n---\nkind: place\n---\n")]
    [InlineData("----\nkind: place\n---\n")]
    [InlineData("")]
    public void Reports_missing_front_matter_unless_the_first_line_is_a_fence(string text) =>
        Assert.Equal(FrontMatterStatus.Missing, FrontMatterSplitter.Split(text).Status);

    [Fact]
    public void Reports_front_matter_that_never_closes() =>
        Assert.Equal(FrontMatterStatus.Unterminated, FrontMatterSplitter.Split("---\nkind: place\nname: x\n").Status);

    [Fact]
    public void Closes_at_the_first_fence_so_a_body_may_hold_more_fences()
    {
        var text = "---\nkind: place\n---\nBody\n---\nmore\n";

        var split = FrontMatterSplitter.Split(text);

        Assert.Equal("Body\n---\nmore\n", text.Substring(split.BodyStart));
    }
}
