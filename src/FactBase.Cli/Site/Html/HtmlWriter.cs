using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactBase.Cli.Site.Html;

/// <summary>
/// The one way the site writes HTML. Content reaches a page only as text or as an attribute value,
/// and both are escaped here; tag and attribute names are the site's own. Markdown goes through
/// <see cref="SafeMarkdown"/>; data for scripts is in files of its own, never in a page. There is no
/// method that writes a string as HTML, so no page can forget to escape one.
/// </summary>
/// <remarks>
/// Escaping alone does not stop a bidi override (U+202E) in a name from reversing the text that
/// follows it on the line, so text holding such characters is isolated in a <c>&lt;bdi&gt;</c>, and
/// they are dropped from attributes. C0 control characters, which HTML does not allow, become U+FFFD.
/// </remarks>
internal sealed class HtmlWriter
{
    private static readonly SearchValues<char> NeedsCare = SearchValues.Create(
        "<>&\"'\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private static readonly SearchValues<char> Bidi = SearchValues.Create("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>A page's builder is kept for the thread's next page rather than allocated anew.</summary>
    private const int KeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static StringBuilder? _spare;

    private readonly StringBuilder _html;
    private readonly bool _borrowed;

    /// <summary>A writer for a page: its builder is the thread's spare one when it has one, handed back by <see cref="ToUtf8"/>.</summary>
    public HtmlWriter()
    {
        _html = _spare?.Clear() ?? new StringBuilder(16 * 1024);
        _spare = null;
        _borrowed = true;
    }

    public HtmlWriter(int capacity)
    {
        _html = new StringBuilder(capacity);
    }

    public int Length => _html.Length;

    public HtmlWriter Doctype()
    {
        _html.Append("<!doctype html>\n");
        return this;
    }

    /// <summary>An opening tag; each attribute with a null value is left out, one with an empty value is written bare.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(Name(tag));
        foreach (var (name, value) in attributes)
        {
            Attribute(name, value);
        }

        _html.Append('>');
        return this;
    }

    /// <summary>An element with no content and no closing tag (<c>meta</c>, <c>link</c>, <c>input</c>).</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes) => Open(tag, attributes);

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(Name(tag)).Append('>');
        return this;
    }

    /// <summary>An element holding only <paramref name="text"/>.</summary>
    public HtmlWriter Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link to <paramref name="href"/> (a path of the site's, or an address checked by <see cref="SafeUrl"/>).</summary>
    public HtmlWriter Link(string href, string text, string? cssClass = null) =>
        Element("a", text, ("href", href), ("class", cssClass));

    /// <summary>Content as text: escaped, and isolated when it holds bidi controls.</summary>
    public HtmlWriter Text(string text)
    {
        var isolate = text.AsSpan().IndexOfAny(Bidi) >= 0;
        if (isolate)
        {
            _html.Append("<bdi>");
        }

        AppendEscaped(text, dropBidi: false);
        if (isolate)
        {
            _html.Append("</bdi>");
        }

        return this;
    }

    /// <summary>Text in an element that holds no markup (<c>title</c>): escaped, with bidi controls dropped.</summary>
    public HtmlWriter PlainText(string text)
    {
        AppendEscaped(text, dropBidi: true);
        return this;
    }

    /// <summary>Markdown rendered with raw HTML shown as text and unsafe links dropped (<see cref="SafeMarkdown"/>).</summary>
    public HtmlWriter Markdown(string markdown, bool inline)
    {
        SafeMarkdown.Render(markdown, inline, _html);
        return this;
    }

    /// <summary>A body's Markdown, as <see cref="Markdown"/> writes it as a block; returns the body's text, for search.</summary>
    public string MarkdownWithText(string markdown) => SafeMarkdown.RenderWithText(markdown, _html);

    /// <summary>Writes again what a writer wrote before (<see cref="ToFragment"/>).</summary>
    public HtmlWriter Fragment(HtmlFragment fragment)
    {
        _html.Append(fragment.Html);
        return this;
    }

    /// <summary>What this writer wrote, to be written into other pages as it is (<see cref="HtmlFragment.Write"/>).</summary>
    internal HtmlFragment ToFragment() => new(_html.ToString());

    public override string ToString() => _html.ToString();

    /// <summary>
    /// The page as UTF-8, encoded from the builder's chunks without a string of the whole page first.
    /// The page is then done: a page's writer hands its builder on to the thread's next page.
    /// </summary>
    public byte[] ToUtf8()
    {
        var bytes = new byte[Utf8Length()];
        var written = Encode(bytes);
        HandOnBuilder();
        return written == bytes.Length ? bytes : bytes[..written];
    }

    /// <summary>The page as a file of the site, as <see cref="ToUtf8"/> encodes it and with the page as done, in a buffer lent by the shared pool (<see cref="SitePage.Lent"/>).</summary>
    public SitePage ToPage(string path)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8Length());
        var page = SitePage.Lent(path, buffer, Encode(buffer));
        HandOnBuilder();
        return page;
    }

    private int Utf8Length()
    {
        var count = 0;
        foreach (var chunk in _html.GetChunks())
        {
            count += Encoding.UTF8.GetByteCount(chunk.Span);
        }

        return count;
    }

    /// <summary>Encodes the page into <paramref name="bytes"/>, which holds <see cref="Utf8Length"/> bytes at least; returns how many it wrote.</summary>
    private int Encode(Span<byte> bytes)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var written = 0;
        foreach (var chunk in _html.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes[written..], flush: false);
        }

        written += encoder.GetBytes([], bytes[written..], flush: true);
        return written;
    }

    /// <summary>The page is done: its builder, if it was the thread's, becomes the thread's spare again for the next page.</summary>
    private void HandOnBuilder()
    {
        if (_borrowed && _html.Capacity <= KeptCapacity)
        {
            _spare = _html;
        }
    }

    /// <summary>Escapes a string for an attribute or text outside this writer (a test's expectation).</summary>
    public static string Escape(string text) => new HtmlWriter(text.Length + 16).PlainText(text).ToString();

    private void Attribute(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        _html.Append(' ').Append(Name(name));
        if (value.Length > 0)
        {
            _html.Append("=\"");
            AppendEscaped(value, dropBidi: true);
            _html.Append('"');
        }
    }

    private void AppendEscaped(string text, bool dropBidi)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(NeedsCare);
            if (next < 0)
            {
                _html.Append(rest);
                return;
            }

            _html.Append(rest[..next]);
            var c = rest[next];
            switch (c)
            {
                case '<': _html.Append("&lt;"); break;
                case '>': _html.Append("&gt;"); break;
                case '&': _html.Append("&amp;"); break;
                case '"': _html.Append("&quot;"); break;
                case '\'': _html.Append("&#39;"); break;
                case < ' ' or '\u007F': _html.Append('\uFFFD'); break;
                default:
                    if (!dropBidi)
                    {
                        _html.Append(c);
                    }

                    break;
            }

            rest = rest[(next + 1)..];
        }
    }

    /// <summary>Tag and attribute names are the site's own constants; anything else is a bug, not content.</summary>
    private static string Name(string name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                throw new ArgumentException($"'{name}' is not a tag or attribute name the site writes.", nameof(name));
            }
        }

        return name;
    }
}
