using FactBase.Compiler.Diagnostics;

namespace FactBase.Compiler.Reading;

/// <summary>Line and column of a character offset, for problems found outside the YAML parser.</summary>
public static class TextPositions
{
    public static SourceSpan SpanAt(string text, int offset, int length = 1)
    {
        offset = System.Math.Max(0, System.Math.Min(offset, text.Length));
        length = System.Math.Max(0, System.Math.Min(length, text.Length - offset));
        var (line, column) = LineColumn(text, offset);
        var (endLine, endColumn) = LineColumn(text, offset + length);
        return new SourceSpan(offset, length, line, column, endLine, endColumn);
    }

    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
