using System;
using FactBase.Cli.Site.Html;

namespace FactBase.Cli.Tests.Site;

public class HtmlWriterTests
{
    [Theory]
    [InlineData("</script><script>alert(1)</script>", "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;")]
    [InlineData("nul\0 esc\u001B del\u007F tab\tline\n", "nul\uFFFD esc\uFFFD del\uFFFD tab\tline\n")]
    [InlineData("plain text, kept", "plain text, kept")]
    public void Text_is_escaped(string text, string html) =>
        Assert.Equal(html, new HtmlWriter().Text(text).ToString());

    [Fact]
    public void Text_with_a_bidi_override_is_isolated_and_attributes_lose_it()
    {
        Assert.Equal("<bdi>\u202Eevil\u202C</bdi>", new HtmlWriter().Text("\u202Eevil\u202C").ToString());
        Assert.Equal("<a title=\"evil\">", new HtmlWriter().Open("a", ("title", "\u202Eevil\u2066")).ToString());
    }

    [Fact]
    public void Attributes_are_escaped_and_null_ones_left_out()
    {
        var html = new HtmlWriter().Open("a", ("href", "x\" onclick=\"alert(1)"), ("class", null), ("hidden", string.Empty)).ToString();

        Assert.Equal("<a href=\"x&quot; onclick=&quot;alert(1)\" hidden>", html);
    }

    [Theory]
    [InlineData("script onload=alert(1)")]
    [InlineData("a\"")]
    [InlineData("A")]
    public void Names_that_are_not_the_sites_own_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Open(name));
}
