namespace FactBase.Compiler.Common;

/// <summary>Small grammar for messages.</summary>
public static class English
{
    /// <summary>"a place", "an organization".</summary>
    public static string WithArticle(string noun) =>
        (noun.Length > 0 && "aeiou".IndexOf(char.ToLowerInvariant(noun[0])) >= 0 ? "an " : "a ") + noun;
}
