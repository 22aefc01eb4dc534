using System.Collections.Generic;
using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>Writes indented C# lines with '\n' endings, whatever the platform, so snapshots compare as text.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">The chars the text will about hold, 0 when unknown.</param>
    public CodeWriter(int capacity = 0)
    {
        _builder = capacity > 0 ? new StringBuilder(capacity) : new StringBuilder();
    }

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>A line written straight into the text by <paramref name="write"/>, for long lines built from many parts.</summary>
    public CodeWriter Line(System.Action<StringBuilder> write)
    {
        _builder.Append(' ', _indent * 4);
        write(_builder);
        _builder.Append('\n');
        return this;
    }

    public CodeWriter Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Line(line);
        }

        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text).Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
