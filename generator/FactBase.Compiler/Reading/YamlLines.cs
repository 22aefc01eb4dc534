using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FactBase.Compiler.Reading;

/// <summary>
/// A line of front matter as its indentation reads it: the columns where its <c>- </c> markers and
/// its key start. Columns count from 0 here; messages add 1.
/// </summary>
internal sealed class YamlLine(int index, int start, string text)
{
    /// <summary>The line's number within the YAML, from 0.</summary>
    public int Index { get; } = index;

    /// <summary>The offset of the line's first character within the YAML.</summary>
    public int Start { get; } = start;

    public string Text { get; } = text;

    /// <summary>The spaces before the line's first character.</summary>
    public int Indent { get; set; }

    /// <summary>The columns of the line's <c>- </c> markers, outermost first.</summary>
    public List<int> Dashes { get; } = [];

    public string? Key { get; set; }

    public int KeyColumn { get; set; }

    /// <summary>Nothing follows the line's last <c>:</c> or <c>-</c>: the lines below may start a deeper block.</summary>
    public bool OpensBlock { get; set; }

    /// <summary>Whether the line starts a list item or a key: the lines that set the columns of the lines below.</summary>
    public bool Opens => Dashes.Count > 0 || Key is not null;

    /// <summary>The column the line is written from: its first '-', else its key.</summary>
    public int FirstColumn => Dashes.Count > 0 ? Dashes[0] : KeyColumn;

    /// <summary>The column of what the line opens last: its key, else its last '-'.</summary>
    public int LastColumn => Key is null && Dashes.Count > 0 ? Dashes[Dashes.Count - 1] : KeyColumn;
}

/// <summary>
/// The lines of a front matter, read for their indentation alone, after YamlDotNet has given up on
/// it: enough to say which key a mis-indented line belongs under, and never a second YAML parser.
/// Where the lines are not plain <c>key: value</c> and <c>- item</c> lines (a quote or a bracket
/// left open over several lines), it says nothing rather than guess.
/// </summary>
internal static class YamlLines
{
    // A plain key at the start of what is left of a line, up to its ':' (followed by a space or the end).
    private static readonly Regex Key = new(@"^([^\s#'""\[\]{},:&*!|>%@`-][^#:]*?|-[^\s#:][^#:]*?):(?=[ \t]|$)", RegexOptions.CultureInvariant);

    // A block scalar's header: '|' or '>', with its optional indicators and comment.
    private static readonly Regex BlockScalar = new(@"^[|>][-+0-9]*[ \t]*(#.*)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The lines up to and including <paramref name="last"/> (from 0), with the lines of block
    /// scalars, blank lines and comments left out; null where a line is not one this can read.
    /// </summary>
    public static List<YamlLine>? Read(string yaml, int last)
    {
        var lines = new List<YamlLine>();
        var blockScalarOwner = -1; // the column the lines of an open block scalar are deeper than
        var blockScalarIndent = -1; // the indentation of its first line, which its other lines keep
        var start = 0;
        for (var index = 0; index <= last && start <= yaml.Length; index++)
        {
            var end = yaml.IndexOf('\n', start);
            var text = yaml.Substring(start, (end < 0 ? yaml.Length : end) - start).TrimEnd('\r');
            var line = new YamlLine(index, start, text);
            start = end < 0 ? yaml.Length + 1 : end + 1;

            var indent = 0;
            while (indent < text.Length && text[indent] == ' ')
            {
                indent++;
            }

            line.Indent = indent;
            var blank = indent == text.Length || text[indent] == '#';
            if (blockScalarOwner >= 0 && (blank || (blockScalarIndent < 0 ? indent > blockScalarOwner : indent >= blockScalarIndent)))
            {
                blockScalarIndent = blank || blockScalarIndent >= 0 ? blockScalarIndent : indent;
                continue;
            }

            blockScalarOwner = -1;
            blockScalarIndent = -1;
            if (blank)
            {
                continue;
            }

            if (!ReadOpenings(line, ref blockScalarOwner))
            {
                return null;
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The line at <paramref name="offset"/> within the YAML, if it is one of <paramref name="lines"/>.</summary>
    public static YamlLine? At(List<YamlLine> lines, int offset)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Start <= offset)
            {
                return offset <= lines[i].Start + lines[i].Text.Length ? lines[i] : null;
            }
        }

        return null;
    }

    /// <summary>Reads the '- ' markers and the key of a line; false when its value is left open on it.</summary>
    private static bool ReadOpenings(YamlLine line, ref int blockScalarOwner)
    {
        var text = line.Text;
        var i = line.Indent;
        while (i < text.Length && text[i] == '-' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t'))
        {
            line.Dashes.Add(i);
            i++;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }
        }

        var owner = line.Dashes.Count > 0 ? line.Dashes[line.Dashes.Count - 1] : -1;
        var key = Key.Match(text.Substring(i));
        if (key.Success)
        {
            line.Key = key.Groups[1].Value.TrimEnd();
            line.KeyColumn = i;
            owner = i;
            i += key.Length;
        }
        else if (line.Dashes.Count == 0)
        {
            line.KeyColumn = i;
        }

        var value = text.Substring(i).Trim();
        line.OpensBlock = line.Opens && (value.Length == 0 || value[0] == '#');
        if (BlockScalar.IsMatch(value))
        {
            blockScalarOwner = owner;
            return true;
        }

        return IsClosed(value);
    }

    /// <summary>Whether a value that starts with a quote or a bracket ends on its line.</summary>
    private static bool IsClosed(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (value[0] is '"' or '\'')
        {
            var quote = value[0];
            for (var i = 1; i < value.Length; i++)
            {
                if (quote == '"' && value[i] == '\\')
                {
                    i++;
                }
                else if (value[i] == quote)
                {
                    return true;
                }
            }

            return false;
        }

        if (value[0] is '[' or '{')
        {
            var depth = 0;
            foreach (var c in value)
            {
                depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
            }

            return depth <= 0;
        }

        return true;
    }
}
