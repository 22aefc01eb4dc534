using System.Linq;
using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>The namespace from the MSBuild property, made a valid C# namespace whatever was typed.</summary>
public static class Namespaces
{
    /// <summary>The namespace when the project names none.</summary>
    public const string Default = "FactBase.Content";

    private static readonly string[] Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    ];

    public static string Sanitize(string? written)
    {
        var segments = (written ?? string.Empty).Split('.').Select(Segment).Where(s => s.Length > 0).ToArray();
        return segments.Length == 0 ? Default : string.Join(".", segments);
    }

    private static string Segment(string segment)
    {
        var builder = new StringBuilder();
        foreach (var c in segment.Trim())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var name = builder.ToString();
        return Keywords.Contains(name) ? "@" + name : name;
    }
}
