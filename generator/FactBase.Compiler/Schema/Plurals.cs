using System;

namespace FactBase.Compiler.Schema;

/// <summary>English plurals for collection names; a kind that needs another sets <c>plural:</c>.</summary>
public static class Plurals
{
    public static string Of(string kind)
    {
        if (kind.EndsWith("person", StringComparison.Ordinal))
        {
            return kind.Substring(0, kind.Length - "person".Length) + "people";
        }

        if (kind.EndsWith("y", StringComparison.Ordinal) && kind.Length > 1 && "aeiou".IndexOf(kind[kind.Length - 2]) < 0)
        {
            return kind.Substring(0, kind.Length - 1) + "ies";
        }

        foreach (var ending in new[] { "s", "x", "z", "ch", "sh" })
        {
            if (kind.EndsWith(ending, StringComparison.Ordinal))
            {
                return kind + "es";
            }
        }

        return kind + "s";
    }
}
