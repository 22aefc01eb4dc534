using System.Collections.Generic;
using System.Linq;

namespace FactBase.Compiler.Common;

/// <summary>Small grammar for messages.</summary>
public static class English
{
    /// <summary>"a place", "an organization".</summary>
    public static string WithArticle(string noun) =>
        (noun.Length > 0 && "aeiou".IndexOf(char.ToLowerInvariant(noun[0])) >= 0 ? "an " : "a ") + noun;

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count < 2 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
}
