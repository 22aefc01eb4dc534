using System;
using System.Collections.Generic;

namespace FactBase.Compiler.Reading;

/// <summary>
/// YamlDotNet's messages say what its parser was doing, not what the writer should do:
/// this turns the common ones into a fix, and finds a better place where it reports a poor one.
/// </summary>
public static class YamlErrorAdvice
{
    private const string InvalidTab = "invalid tab as indentation";
    private const string InvalidMapping = "found invalid mapping";
    private const string ExpectedKey = "did not find expected key";
    private const string ExpectedDash = "did not find expected '-' indicator";
    private const string ExpectedDocumentEnd = "did not find expected <document end>";

    private static readonly (string Found, string Fix)[] Fixes =
    [
        (InvalidTab, "indent with spaces; YAML does not allow tabs for indentation"),
        ("did not find expected ',' or ']'", "close the list with ']', or separate its items with ','"),
        ("did not find expected ',' or '}'", "close the mapping with '}', or separate its entries with ','"),
        (InvalidMapping, "a value that holds ': ' must be quoted, as in 'title: \"Rule: one\"'; or a key is missing its ':'"),
        ("found unexpected end of stream", "close the quote that starts here"),
        (ExpectedKey, "check the indentation: entries of one mapping start in the same column"),
        (ExpectedDash, "check the indentation: the items of a list start with '-' in one column, and the lines of an item in the column of its first key"),
        ("did not find expected <document start>", "the front matter holds one mapping of 'key: value' lines"),
        ("found character that cannot start any token", "quote the value: it starts with a character YAML reserves (such as '@', '`' or '%')"),
    ];

    /// <summary>
    /// The message with its fix. <paramref name="offset"/> (within the YAML) moves to the place to fix
    /// where that is not where the parser gave up: a tab, or the start of a mis-indented line.
    /// <paramref name="firstLine"/> is the file's line number of the YAML's first line, for the lines a fix names.
    /// </summary>
    public static string Advise(string message, string yaml, int firstLine, ref int offset)
    {
        var said = message.TrimEnd('.');
        if (AdviseFromLines(said, yaml, firstLine, ref offset) is { } fromLines)
        {
            return said + ": " + fromLines;
        }

        foreach (var (found, fix) in Fixes)
        {
            if (!Contains(said, found))
            {
                continue;
            }

            if (found == InvalidTab)
            {
                // YamlDotNet points at the start of the mapping; the tab itself is the place to fix.
                offset = FirstIndentingTab(yaml, offset);
            }

            return said + ": " + fix;
        }

        return message;
    }

    /// <summary>A fix for the line the parser stopped at, read from the lines above it; null when they do not tell.</summary>
    private static string? AdviseFromLines(string message, string yaml, int firstLine, ref int offset)
    {
        var documentEnd = message.IndexOf(ExpectedDocumentEnd, StringComparison.OrdinalIgnoreCase) >= 0;
        if (!documentEnd && !Contains(message, InvalidMapping) && !Contains(message, ExpectedKey) && !Contains(message, ExpectedDash))
        {
            return null;
        }

        var errorLine = 0;
        for (var i = 0; i < offset && i < yaml.Length; i++)
        {
            errorLine += yaml[i] == '\n' ? 1 : 0;
        }

        if (YamlLines.Read(yaml, errorLine) is not { Count: > 0 } lines)
        {
            return null;
        }

        // A first line indented deeper than the lines after it makes them end the document.
        var line = documentEnd ? lines[0] : YamlLines.At(lines, offset);
        if (line is null)
        {
            return null;
        }

        if (Indentation(lines, line, firstLine) is { } move)
        {
            offset = line.Start + line.FirstColumn;
            return move;
        }

        return Contains(message, InvalidMapping) ? QuoteValue(line, offset)
            : Contains(message, ExpectedKey) ? MissingColon(lines, line)
            : null;
    }

    /// <summary>
    /// For a line that starts in a column where no key (or list item) above it starts, and so belongs
    /// to none of them: the column to move it to, that of the nearest, under the line that sets it.
    /// </summary>
    private static string? Indentation(List<YamlLine> lines, YamlLine line, int firstLine)
    {
        if (!line.Opens)
        {
            return null;
        }

        var open = OpenColumns(lines, line);
        var column = line.FirstColumn;
        if (open.Above is { OpensBlock: true } above && column > above.LastColumn)
        {
            return null; // the start of the block the line above opens: any deeper column is right
        }

        var isItem = line.Dashes.Count > 0;
        var levels = isItem ? open.Dashes : open.Keys;
        if (levels.Exists(level => level.Column == column))
        {
            return null;
        }

        var what = isItem ? "'-'" : $"'{line.Key}:'";
        if (levels.Count == 0)
        {
            return isItem || column == 0 ? null : $"check the indentation: {what} starts in column {column + 1}; move it to column 1, where the front matter's keys start";
        }

        // The nearest column; of two as near, the deeper one, as the line was written under the line above.
        var target = levels[0];
        foreach (var level in levels)
        {
            var distance = Math.Abs(level.Column - column);
            var best = Math.Abs(target.Column - column);
            if (distance < best || (distance == best && level.Column > target.Column))
            {
                target = level;
            }
        }

        var under = isItem ? "the '-'" : $"'{target.Line.Key}:'";
        return $"check the indentation: {what} starts in column {column + 1}; move it to column {target.Column + 1}, under {under} on line {firstLine + target.Line.Index}";
    }

    /// <summary>
    /// The columns open at <paramref name="line"/>: the keys and list items of the line above it and of
    /// the lines that one is nested in, with the line above.
    /// </summary>
    private static (List<(int Column, YamlLine Line)> Keys, List<(int Column, YamlLine Line)> Dashes, YamlLine? Above) OpenColumns(List<YamlLine> lines, YamlLine line)
    {
        var keys = new List<(int Column, YamlLine Line)>();
        var dashes = new List<(int Column, YamlLine Line)>();
        YamlLine? above = null;
        var limit = int.MaxValue;
        for (var i = lines.IndexOf(line) - 1; i >= 0 && limit > 0; i--)
        {
            var candidate = lines[i];
            if (!candidate.Opens)
            {
                continue; // more of a value above: it opens no column
            }

            above ??= candidate;
            foreach (var dash in candidate.Dashes)
            {
                if (dash < limit)
                {
                    dashes.Add((dash, candidate));
                }
            }

            if (candidate.Key is not null && candidate.KeyColumn < limit)
            {
                keys.Add((candidate.KeyColumn, candidate));
            }

            limit = Math.Min(limit, candidate.FirstColumn);
        }

        return (keys, dashes, above);
    }

    /// <summary>For a value that holds ': ' after the line's key: the line with the value quoted.</summary>
    private static string? QuoteValue(YamlLine line, int offset)
    {
        var keyEnd = line.KeyColumn + (line.Key?.Length ?? 0);
        if (line.Key is null || offset - line.Start <= keyEnd)
        {
            return null;
        }

        var value = line.Text.Substring(line.Text.IndexOf(':', keyEnd) + 1);
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        value = (comment < 0 ? value : value.Substring(0, comment)).Trim();

        // Single quotes hold any text, with a quote doubled; double quotes read better, where no escape is needed.
        var quoted = value.IndexOf('"') < 0 && value.IndexOf('\\') < 0 ? $"\"{value}\"" : $"'{value.Replace("'", "''")}'";
        return $"a value that holds ': ' must be quoted: write it as {line.Key}: {quoted}";
    }

    /// <summary>For a line of words with no ':', written where a key of the mapping above it starts.</summary>
    private static string? MissingColon(List<YamlLine> lines, YamlLine line)
    {
        var keys = OpenColumns(lines, line).Keys;
        if (line.Opens || (keys.Count == 0 ? line.Indent != 0 : !keys.Exists(key => key.Column == line.Indent)))
        {
            return null;
        }

        var words = line.Text.Trim().Split([' '], 2, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2
            ? $"the line has no ':' after its key: write it as {words[0]}: {words[1].Trim()}"
            : "the line has no ':' after its key: write 'key: value'";
    }

    private static bool Contains(string message, string found) => message.IndexOf(found, StringComparison.Ordinal) >= 0;

    private static int FirstIndentingTab(string yaml, int fallback)
    {
        for (var i = 0; i < yaml.Length; i++)
        {
            if (yaml[i] == '\t' && (i == 0 || yaml[i - 1] is '\n' or ' ' or '\t'))
            {
                var lineStart = yaml.LastIndexOf('\n', Math.Max(0, i - 1)) + 1;
                if (yaml.Substring(lineStart, i - lineStart).Trim(' ', '\t').Length == 0)
                {
                    return i;
                }
            }
        }

        return fallback;
    }
}
