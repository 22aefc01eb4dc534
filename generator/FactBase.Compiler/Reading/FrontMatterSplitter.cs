namespace FactBase.Compiler.Reading;

/// <summary>
/// Finds the front matter: a '---' line first (after an optional BOM), closed by the next
/// '---' line; CRLF and LF both work, trailing spaces on the fences are allowed.
/// </summary>
public static class FrontMatterSplitter
{
    public static FrontMatterSplit Split(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var firstLineEnd = LineEnd(text, start, out var afterFirstLine);
        if (!IsFence(text, start, firstLineEnd))
        {
            return new FrontMatterSplit(FrontMatterStatus.Missing, 0, 0, 1, start, 1);
        }

        var yamlStart = afterFirstLine;
        var line = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            var end = LineEnd(text, position, out var next);
            if (IsFence(text, position, end))
            {
                return new FrontMatterSplit(FrontMatterStatus.Found, yamlStart, position - yamlStart, 2, next, line + 1);
            }

            position = next;
            line++;
        }

        return new FrontMatterSplit(FrontMatterStatus.Unterminated, yamlStart, text.Length - yamlStart, 2, text.Length, line);
    }

    private static int LineEnd(string text, int start, out int next)
    {
        var newline = text.IndexOf('\n', start);
        if (newline < 0)
        {
            next = text.Length;
            return text.Length;
        }

        next = newline + 1;
        return newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static bool IsFence(string text, int start, int end)
    {
        if (end - start < 3 || string.CompareOrdinal(text, start, "---", 0, 3) != 0)
        {
            return false;
        }

        for (var i = start + 3; i < end; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
