using System.Text;
using FactBase.Cli.Site.Html;

namespace FactBase.Cli.Tests.Site;

public class SafeMarkdownTests
{
    private static string Render(string markdown, bool inline = false)
    {
        var html = new StringBuilder();
        SafeMarkdown.Render(markdown, inline, html);
        return html.ToString();
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = Render("Raw <script>alert(1)</script> and <img src=x onerror=alert(1)>\n\n<iframe src=\"x\"></iframe>\n");

        Assert.DoesNotContain("<script", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, System.StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "click")]
    [InlineData("[click](<java\tscript:alert(1)>)", "click")]
    [InlineData("[click](data:text/html,x)", "click")]
    [InlineData("[click](vbscript:x)", "click")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("[ref]\n\n[ref]: javascript:alert(1)", "ref")]
    public void Links_to_unsafe_schemes_become_their_text(string markdown, string text)
    {
        var html = Render(markdown);

        Assert.DoesNotContain("<a", html, System.StringComparison.Ordinal);
        Assert.Contains(text, html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_links_stay_and_images_become_links()
    {
        Assert.Equal("<p><a href=\"https://example.com/a\">a</a> <a href=\"mailto:x@example.com\">m</a> <a href=\"#here\">h</a></p>",
            Render("[a](https://example.com/a) [m](mailto:x@example.com) [h](#here)"));
        Assert.Equal("<p><a href=\"https://example.com/x.png\">a picture</a></p>", Render("![a picture](https://example.com/x.png)"));
    }

    [Fact]
    public void Headings_move_under_the_pages_own()
    {
        Assert.Equal("<h3>Title</h3>\n<h6>Deep</h6>", Render("# Title\n\n##### Deep\n"));
    }

    [Fact]
    public void A_text_field_of_one_paragraph_has_no_paragraph_tags()
    {
        Assert.Equal("A <em>Texas-based</em> group", Render("A *Texas-based* group", inline: true));
    }

    [Fact]
    public void Markdown_too_long_to_render_is_kept_as_escaped_text()
    {
        var markdown = new string('[', 20_000) + "<b>";

        Assert.Equal("<pre>" + new string('[', 20_000) + "&lt;b&gt;</pre>", Render(markdown));
    }

    [Theory]
    [InlineData("Raw <script>alert(1)</script> and <b>bold</b>\n\n# A heading\n\nText *with* `code`.\n")]
    [InlineData("[click](javascript:alert(1)), <javascript:alert(1)>, <https://example.com/a> and <x@example.com>")]
    [InlineData("![a *picture*](https://example.com/x.png) and [![inside](javascript:x)](https://example.com)")]
    [InlineData("[ref] and [safe]\n\n[ref]: javascript:alert(1)\n[safe]: https://example.com")]
    [InlineData("| a | b |\n| --- | --- |\n| [x](vbscript:y) | ![z](data:x) |\n\n> quoted\n\n- one\n- two\n")]
    [InlineData("   \n")]
    public void A_bodys_text_from_its_rendering_parse_is_its_plain_text(string markdown)
    {
        var html = new StringBuilder();
        var text = SafeMarkdown.RenderWithText(markdown, html);

        Assert.Equal(SafeMarkdown.PlainText(markdown), text);
        Assert.Equal(Render(markdown), html.ToString());
    }
}
