using FactBase.Cli.Site.Html;

namespace FactBase.Cli.Tests.Site;

public class SafeUrlTests
{
    [Theory]
    [InlineData("https://www.reuters.com/article", true)]
    [InlineData("HTTP://example.com", true)]
    [InlineData("mailto:a@example.com", true)]
    [InlineData("#anchor", true)]
    [InlineData("relative/page.html", true)]
    [InlineData("?q=a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Only_web_and_mail_addresses_and_relative_ones_are_safe(string url, bool safe) =>
        Assert.Equal(safe, SafeUrl.IsSafe(url));
}
