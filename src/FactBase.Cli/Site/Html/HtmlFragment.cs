using System;

namespace FactBase.Cli.Site.Html;

/// <summary>
/// HTML that an <see cref="HtmlWriter"/> wrote, kept to be written again as it is: the markup many
/// pages repeat (the page shell, a link to a fact) is escaped once rather than once a page. Only a
/// writer makes one, so a fragment holds nothing that did not go through the writer's escaping.
/// </summary>
internal sealed class HtmlFragment
{
    internal HtmlFragment(string html)
    {
        Html = html;
    }

    internal string Html { get; }

    /// <summary>What <paramref name="write"/> writes, kept.</summary>
    public static HtmlFragment Write(Action<HtmlWriter> write)
    {
        var html = new HtmlWriter(1024);
        write(html);
        return html.ToFragment();
    }
}
