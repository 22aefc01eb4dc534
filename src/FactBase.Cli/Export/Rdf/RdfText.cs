using System;
using System.Buffers;
using System.Globalization;
using System.IO;

namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// Literals as N-Triples and Turtle spell them, the same in both. What the grammar forbids raw
/// (the quote, the backslash, line feed and carriage return) is escaped, and so is what a
/// line-oriented tool might take for the end of a line or a control (the other C0 controls,
/// DEL, U+0085, U+2028, U+2029), so that every triple of N-Triples stays on one line. Everything
/// else, non-ASCII included, is written as UTF-8. A lone surrogate, which no UTF-8 can encode,
/// becomes U+FFFD.
/// </summary>
internal static class RdfText
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create(EscapedCharacters());

    public static void WriteIri(TextWriter writer, Iri iri)
    {
        writer.Write('<');
        writer.Write(iri.Namespace);
        writer.Write(iri.Local);
        writer.Write('>');
    }

    /// <summary>A quoted string, escaped as the grammar asks.</summary>
    public static void WriteQuoted(TextWriter writer, ReadOnlySpan<char> text)
    {
        writer.Write('"');
        while (true)
        {
            var next = text.IndexOfAny(Escaped);
            if (next < 0)
            {
                writer.Write(text);
                break;
            }

            writer.Write(text[..next]);
            var consumed = WriteEscaped(writer, text[next..]);
            text = text[(next + consumed)..];
        }

        writer.Write('"');
    }

    /// <summary>Writes the first character of <paramref name="text"/>, which needs care; returns how many characters it took.</summary>
    private static int WriteEscaped(TextWriter writer, ReadOnlySpan<char> text)
    {
        var c = text[0];
        switch (c)
        {
            case '"': writer.Write("\\\""); return 1;
            case '\\': writer.Write("\\\\"); return 1;
            case '\n': writer.Write("\\n"); return 1;
            case '\r': writer.Write("\\r"); return 1;
            case '\t': writer.Write("\\t"); return 1;
            case '\b': writer.Write("\\b"); return 1;
            case '\f': writer.Write("\\f"); return 1;
        }

        if (char.IsHighSurrogate(c) && text.Length > 1 && char.IsLowSurrogate(text[1]))
        {
            writer.Write(text[..2]);
            return 2;
        }

        if (char.IsSurrogate(c))
        {
            writer.Write('\uFFFD');
            return 1;
        }

        writer.Write("\\u");
        writer.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        return 1;
    }

    private static string EscapedCharacters()
    {
        var chars = new System.Text.StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            chars.Append(c);
        }

        chars.Append("\"\\\u007f\u0085\u2028\u2029");
        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Append(c);
        }

        return chars.ToString();
    }
}
