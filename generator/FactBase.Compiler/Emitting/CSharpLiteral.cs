using System.Globalization;
using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// Content reaches C# only through here, as escaped literals. Quotes, backslashes and every
/// character that could end a line, a string or the reader's trust (controls, bidi and other
/// format characters, lone surrogates, U+2028/2029, U+0085) are written as escapes;
/// printable text, emoji included, stays readable.
/// </summary>
public static class CSharpLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, value);
        return builder.Append('"').ToString();
    }

    /// <summary>Appends the text as the inside of a literal; printable ASCII, the bulk of content, goes straight through.</summary>
    public static void AppendEscaped(StringBuilder builder, string value)
    {
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c < '\u007F' && c != '"' && c != '\\')
            {
                continue;
            }

            builder.Append(value, run, i - run);
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }

            run = i + 1;
        }

        builder.Append(value, run, value.Length - run);
    }

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string NullableInt(int? value) => value is { } v ? Int(v) : "null";

    public static string Bool(bool value) => value ? "true" : "false";

    private static bool NeedsEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        _ => false,
    };
}
