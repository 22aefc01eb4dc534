using System;
using System.Collections.Generic;
using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// Content as XML documentation: escaped, stripped of characters XML 1.0 forbids, and split
/// into '///' lines, so no body can close the comment, break the XML or start a directive.
/// </summary>
public static class XmlDoc
{
    public static IEnumerable<string> Summary(string text) => Element("summary", text);

    public static IEnumerable<string> Remarks(string text) => Element("remarks", text);

    private static IEnumerable<string> Element(string name, string text)
    {
        yield return $"/// <{name}>";
        foreach (var line in Lines(text))
        {
            yield return line.Length == 0 ? "///" : "/// " + line;
        }

        yield return $"/// </{name}>";
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
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

        return builder.ToString();
    }

    private static IEnumerable<string> Lines(string text)
    {
        var any = false;
        foreach (var raw in text.Split(['\n', '\r', '\u0085', '\u2028', '\u2029'], StringSplitOptions.None))
        {
            var line = Escape(raw).Trim();
            if (line.Length > 0)
            {
                any = true;
                yield return line;
            }
        }

        if (!any)
        {
            yield return string.Empty;
        }
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    // XML 1.0: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] (pairs handled by the caller); no bidi or format tricks either.
    private static bool IsXmlChar(char c) =>
        (c >= '\u0020' && c <= '\uD7FF' && c is not ('\u007F' or (>= '\u0080' and <= '\u009F')) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
        || (c >= '\uE000' && c <= '\uFFFD');
}
