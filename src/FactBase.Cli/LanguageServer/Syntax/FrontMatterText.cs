using System;
using System.Collections.Generic;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Workspace;

namespace FactBase.Cli.LanguageServer.Syntax;

/// <summary>
/// A document's front matter read line by line, forgivingly: what completion, hover and navigation
/// need of a file that may be half-typed, or whose YAML does not parse (the diagnostics say why).
/// The compiler's own reader decides what the file means; this only finds where the cursor is.
/// </summary>
internal sealed class FrontMatterText
{
    /// <summary>Larger documents are too large to be content (FB0006): nothing is read of them.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    private FrontMatterText(DocumentText document, int firstLine, int endLine)
    {
        Document = document;
        FirstLine = firstLine;
        EndLine = endLine;
    }

    public DocumentText Document { get; }

    /// <summary>The first YAML line (after the opening fence).</summary>
    public int FirstLine { get; }

    /// <summary>The closing fence's line, or the line count when the front matter is not closed.</summary>
    public int EndLine { get; }

    /// <summary>The front matter of the document, or null when it has none (the first line is no <c>---</c>).</summary>
    public static FrontMatterText? Of(DocumentText document)
    {
        if (document.Text.Length > MaxLength || !IsFence(document.Line(0).TrimStart('\uFEFF')))
        {
            return null;
        }

        var end = 1;
        while (end < document.LineCount && !IsFence(document.Line(end)))
        {
            end++;
        }

        return new FrontMatterText(document, 1, end);
    }

    public bool Contains(int line) => line >= FirstLine && line < EndLine;

    public YamlLine Line(int line) => YamlLine.Read(Document.Line(line));

    /// <summary>The top-level keys, each with its line.</summary>
    public IEnumerable<(string Key, int Line)> TopLevelKeys()
    {
        for (var i = FirstLine; i < EndLine; i++)
        {
            var line = Line(i);
            if (line.Indent == 0 && !line.IsItem && line.HasKey)
            {
                yield return (line.Key, i);
            }
        }
    }

    /// <summary>The value of a top-level key as written (unquoted), or null.</summary>
    public string? ValueOf(string key)
    {
        foreach (var (found, line) in TopLevelKeys())
        {
            if (found == key)
            {
                var yaml = Line(line);
                return Unquote(yaml.Value, out _);
            }
        }

        return null;
    }

    /// <summary>What the cursor is on; null outside the front matter.</summary>
    public Spot? At(Position position)
    {
        if (!Contains(position.Line))
        {
            return null;
        }

        var lineStart = Document.LineStart(position.Line);
        var line = Line(position.Line);
        var cursor = Math.Clamp(position.Character, 0, line.Text.Length);
        if (line.Indent == 0 && !line.IsItem)
        {
            return OnTopLevel(line, lineStart, cursor);
        }

        var parent = position.Line - 1;
        while (parent >= FirstLine && (Line(parent).Indent > 0 || Line(parent).IsItem || Line(parent).IsBlank))
        {
            parent--;
        }

        if (parent < FirstLine || !Line(parent).HasKey)
        {
            return null;
        }

        var field = Line(parent);
        if (field.Value.Length > 0)
        {
            return null; // a block scalar's text, or a value that goes on over lines
        }

        return field.Key == "sources"
            ? InCitation(position.Line, parent, line, lineStart, cursor)
            : line.IsItem ? ValueSpot(field.Key, line, lineStart, cursor, inSources: false, citationKey: null, isItem: true, []) : null;
    }

    private Spot OnTopLevel(YamlLine line, int lineStart, int cursor)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in TopLevelKeys())
        {
            keys.Add(key);
        }

        if (!line.HasKey || cursor <= line.KeyEnd)
        {
            var end = line.HasKey ? line.KeyEnd : WordEnd(line.Text, cursor);
            keys.Remove(line.HasKey ? line.Key : string.Empty);
            return KeySpot(line, lineStart, line.ContentStart, end, inSources: false, keys);
        }

        return ValueSpot(line.Key, line, lineStart, cursor, inSources: false, citationKey: null, isItem: line.Value.StartsWith('['), keys);
    }

    private Spot InCitation(int lineIndex, int parent, YamlLine line, int lineStart, int cursor)
    {
        // The citation is the item this line starts, or the item above it that this line goes on.
        var item = lineIndex;
        while (item > parent && !(Line(item).IsItem && Line(item).Indent <= line.Indent))
        {
            item--;
        }

        var siblings = new HashSet<string>(StringComparer.Ordinal);
        var itemIndent = Line(item).Indent;
        for (var i = item; i < EndLine && (i == item || (Line(i).Indent > itemIndent && !Line(i).IsItem) || Line(i).IsBlank); i++)
        {
            if (i != lineIndex && Line(i).HasKey)
            {
                siblings.Add(Line(i).Key);
            }
        }

        if (line.HasKey && cursor > line.KeyEnd)
        {
            return ValueSpot("sources", line, lineStart, cursor, inSources: true, line.Key, isItem: false, siblings);
        }

        if (line.HasKey || !line.IsItem)
        {
            var end = line.HasKey ? line.KeyEnd : WordEnd(line.Text, cursor);
            return KeySpot(line, lineStart, line.ContentStart, end, inSources: true, siblings);
        }

        // '- text': a bare source id, or a key being typed.
        return ValueSpot("sources", line, lineStart, cursor, inSources: true, citationKey: null, isItem: true, siblings);
    }

    private static Spot KeySpot(YamlLine line, int lineStart, int start, int end, bool inSources, IReadOnlyCollection<string> siblings)
    {
        end = Math.Max(start, Math.Min(end, line.Text.Length));
        var token = line.Text[start..end];
        return new Spot(SpotKind.Key, inSources ? "sources" : token, inSources, null, line.IsItem, lineStart + start, lineStart + end, token, lineStart + start, lineStart + end, token, siblings);
    }

    private static Spot ValueSpot(string field, YamlLine line, int lineStart, int cursor, bool inSources, string? citationKey, bool isItem, IReadOnlyCollection<string> siblings)
    {
        var (start, end) = (line.ValueStart, line.ValueEnd);
        if (line.Value.StartsWith('['))
        {
            // A flow list: the item between the brackets or commas around the cursor.
            start = line.Text.LastIndexOfAny(['[', ','], Math.Clamp(cursor - 1, line.ValueStart, line.Text.Length - 1)) + 1;
            end = line.Text.IndexOfAny([',', ']'], Math.Min(start, line.Text.Length));
            end = end < 0 || end > line.ValueEnd ? line.ValueEnd : end;
            (start, end) = Trim(line.Text, start, end);
        }

        var raw = line.Text[start..Math.Max(start, end)];
        var value = Unquote(raw, out var quoted);
        if (quoted)
        {
            (start, end) = (start + 1, Math.Max(start + 1, end - 1));
        }

        // The word under the cursor: what a completion replaces.
        var tokenStart = Math.Clamp(cursor, start, Math.Max(start, end));
        while (tokenStart > start && line.Text[tokenStart - 1] is not (' ' or '\t'))
        {
            tokenStart--;
        }

        var tokenEnd = Math.Max(tokenStart, WordEnd(line.Text, Math.Clamp(cursor, tokenStart, Math.Max(tokenStart, end))));
        tokenEnd = Math.Min(tokenEnd, Math.Max(tokenStart, end));
        if (cursor < start || cursor > end)
        {
            // Before the value, or after it past a space: a new word starts at the cursor.
            (tokenStart, tokenEnd) = cursor < start ? (start, start) : (cursor, cursor);
        }

        return new Spot(SpotKind.Value, field, inSources, citationKey, isItem, lineStart + tokenStart, lineStart + tokenEnd, line.Text[tokenStart..tokenEnd], lineStart + start, lineStart + Math.Max(start, end), value, siblings);
    }

    /// <summary>A scalar without its quotes; <paramref name="quoted"/> says whether it had them.</summary>
    public static string Unquote(string text, out bool quoted)
    {
        quoted = text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0];
        if (!quoted)
        {
            return text;
        }

        var inner = text[1..^1];
        return text[0] == '\'' ? inner.Replace("''", "'", StringComparison.Ordinal) : inner;
    }

    private static bool IsFence(string line) => line.StartsWith("---", StringComparison.Ordinal) && line[3..].Trim(' ', '\t', '\r').Length == 0;

    private static int WordEnd(string text, int from)
    {
        while (from < text.Length && text[from] is not (' ' or '\t' or ',' or ']' or ':'))
        {
            from++;
        }

        return from;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return (start, end);
    }
}
