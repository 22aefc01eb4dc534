using System;

namespace FactBase.Cli.LanguageServer.Syntax;

/// <summary>
/// One line of front matter, read as the editor holds it, half-typed or not: its indentation,
/// whether it starts a list item (<c>- </c>), its key (<c>name:</c>) and the value after it,
/// without a trailing comment. Offsets are into the line.
/// </summary>
internal sealed record YamlLine(string Text, int Indent, bool IsItem, int ContentStart, int KeyStart, int KeyEnd, int ValueStart, int ValueEnd)
{
    public bool HasKey => KeyEnd > KeyStart;

    public string Key => Text[KeyStart..KeyEnd];

    public string Value => Text[ValueStart..ValueEnd];

    public bool IsBlank => ContentStart >= Text.Length || Text[ContentStart] == '#';

    public static YamlLine Read(string text)
    {
        var indent = 0;
        while (indent < text.Length && text[indent] == ' ')
        {
            indent++;
        }

        var content = indent;
        var isItem = content < text.Length && text[content] == '-' && (content + 1 == text.Length || text[content + 1] == ' ');
        if (isItem)
        {
            content = Skip(text, content + 1);
        }

        var end = CommentStart(text, content);
        var keyEnd = content;
        while (keyEnd < end && (char.IsLetterOrDigit(text[keyEnd]) || text[keyEnd] is '-' or '_' or '.'))
        {
            keyEnd++;
        }

        var colon = keyEnd;
        while (colon < end && text[colon] == ' ')
        {
            colon++;
        }

        var hasKey = keyEnd > content && colon < end && text[colon] == ':' && (colon + 1 == end || text[colon + 1] is ' ' or '\t');
        if (!hasKey)
        {
            return new YamlLine(text, indent, isItem, content, content, content, content, TrimEnd(text, content, end));
        }

        var valueStart = Skip(text, colon + 1);
        return new YamlLine(text, indent, isItem, content, content, keyEnd, Math.Min(valueStart, end), TrimEnd(text, Math.Min(valueStart, end), end));
    }

    /// <summary>Where a comment starts: a '#' after a space, outside quotes; else the end of the line.</summary>
    private static int CommentStart(string text, int from)
    {
        var quote = '\0';
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && (i == from || text[i - 1] is ' ' or '[' or ',' or ':'))
            {
                quote = c;
            }
            else if (c == '#' && (i == from || text[i - 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int Skip(string text, int from)
    {
        while (from < text.Length && text[from] is ' ' or '\t')
        {
            from++;
        }

        return from;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end;
    }
}
