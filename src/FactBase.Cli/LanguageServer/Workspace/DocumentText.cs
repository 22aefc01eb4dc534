using System;
using System.Collections.Generic;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Compiler.Diagnostics;
using Range = FactBase.Cli.LanguageServer.Protocol.Range;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// A document's text with the start of every line, to turn the protocol's positions (line, UTF-16
/// offset in the line) into offsets in the text and back. Lines end at '\n'; a '\r' before it
/// belongs to the line, as it does for the compiler's columns.
/// </summary>
internal sealed class DocumentText
{
    private readonly int[] _lineStarts;

    public DocumentText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The line's text, without its line break.</summary>
    public string Line(int line)
    {
        if (line < 0 || line >= _lineStarts.Length)
        {
            return string.Empty;
        }

        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return Text.Substring(start, end - start);
    }

    /// <summary>The offset of a position, clamped into the text: a position past a line's end is its end.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line >= _lineStarts.Length)
        {
            return Text.Length;
        }

        var start = LineStart(position.Line);
        var end = position.Line + 1 < _lineStarts.Length ? _lineStarts[position.Line + 1] - 1 : Text.Length;
        return Math.Clamp(start + Math.Max(0, position.Character), start, Math.Max(start, end));
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new Position(line, offset - _lineStarts[line]);
    }

    public Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));

    /// <summary>The text with the client's changes applied in order: a change with no range replaces it all.</summary>
    public static string Apply(string text, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }

            var document = new DocumentText(text);
            var start = document.OffsetOf(change.Range.Start);
            var end = Math.Max(start, document.OffsetOf(change.Range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }

        return text;
    }

    /// <summary>
    /// A compiler span as the protocol's range, with the build's own line and column numbers (one-based
    /// there, zero-based here), so that the editor underlines what the build points at.
    /// </summary>
    public static Range RangeOf(SourceSpan span) =>
        new(new Position(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1)), new Position(Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1)));
}
