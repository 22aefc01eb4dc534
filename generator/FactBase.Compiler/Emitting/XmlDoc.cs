using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// Content as XML documentation: escaped, stripped of characters XML 1.0 forbids, and split
/// into '///' lines, so no body can close the comment, break the XML or start a directive.
/// </summary>
public static class XmlDoc
{
    private static readonly char[] LineBreaks = ['\n', '\r', '\u0085', '\u2028', '\u2029'];

    /// <summary>
    /// Appends the element, each line indented by <paramref name="indent"/> spaces and ended by a
    /// line break: one '///' line per non-blank line of the text, escaped and trimmed. Written into
    /// the file's buffer, not as strings: every fact of a chunk has its summary.
    /// </summary>
    public static void Append(StringBuilder builder, int indent, string name, string text)
    {
        builder.Append(' ', indent).Append("/// <").Append(name).Append(">\n");
        var any = false;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOfAny(LineBreaks, start);
            end = end < 0 ? text.Length : end;
            var lineStart = builder.Length;
            builder.Append(' ', indent).Append("/// ");
            var contentStart = builder.Length;
            AppendEscaped(builder, text, start, end);

            // Trimmed as the escaped line would be: a tab is a space by then, and a dropped character nothing.
            var last = builder.Length;
            while (last > contentStart && char.IsWhiteSpace(builder[last - 1]))
            {
                last--;
            }

            var first = contentStart;
            while (first < last && char.IsWhiteSpace(builder[first]))
            {
                first++;
            }

            if (first == last)
            {
                builder.Length = lineStart;
            }
            else
            {
                builder.Length = last;
                builder.Remove(contentStart, first - contentStart).Append('\n');
                any = true;
            }

            start = end + 1;
        }

        if (!any)
        {
            builder.Append(' ', indent).Append("///\n");
        }

        builder.Append(' ', indent).Append("/// </").Append(name).Append(">\n");
    }

    private static StringBuilder AppendEscaped(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (IsXmlChar(c) && !IsLineBreak(c))
                    {
                        builder.Append(c);
                    }
                    else if (c is '\t')
                    {
                        builder.Append(' ');
                    }

                    break;
            }
        }

        return builder;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    // XML 1.0: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] (pairs handled by the caller); no bidi or format tricks either.
    private static bool IsXmlChar(char c) =>
        (c >= '\u0020' && c <= '\uD7FF' && c is not ('\u007F' or (>= '\u0080' and <= '\u009F')) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
        || (c >= '\uE000' && c <= '\uFFFD');
}
