using System.Text;

namespace FactBase.Compiler.Common;

/// <summary>Fact ids, kind names, field names and enum members: lower-case kebab-case.</summary>
public static class Ids
{
    public static bool IsKebabCase(string text)
    {
        if (text.Length == 0 || text[0] == '-' || text[text.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest kebab-case spelling, for the fix in a message: "Jonathan Ryan" to "jonathan-ryan".</summary>
    public static string ToKebabCase(string text)
    {
        var builder = new StringBuilder();
        var pendingHyphen = false;
        for (var i = 0; i < text.Length && builder.Length < 100; i++)
        {
            var c = text[i];
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                AppendPending();
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (i > 0 && text[i - 1] is >= 'a' and <= 'z')
                {
                    pendingHyphen = true;
                }

                AppendPending();
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "fact" : builder.ToString();

        void AppendPending()
        {
            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }

            pendingHyphen = false;
        }
    }
}
