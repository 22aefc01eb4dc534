using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>Writes indented C# lines with '\n' endings, whatever the platform, so snapshots compare as text.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public CodeWriter()
        : this(new StringBuilder())
    {
    }

    /// <param name="builder">Where to write, from its current end on.</param>
    public CodeWriter(StringBuilder builder)
    {
        _builder = builder;
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

    /// <summary>An XML documentation element (summary, remarks) of the text, escaped and split into '///' lines (<see cref="XmlDoc"/>).</summary>
    public CodeWriter Doc(string element, string text)
    {
        XmlDoc.Append(_builder, _indent * 4, element, text);
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
