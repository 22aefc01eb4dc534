using System;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>Text the server inserts into front matter, written so that YAML reads it back as the same text.</summary>
internal static class YamlValues
{
    /// <summary>
    /// The text as a plain scalar when YAML reads it so, else double-quoted: a value that starts with a
    /// character YAML gives a meaning to, holds <c>: </c> or <c> #</c>, or has spaces at either end.
    /// Inside a flow list (<paramref name="inFlow"/>), commas and brackets need the quotes too.
    /// </summary>
    public static string Scalar(string text, bool inFlow = false)
    {
        var plain = text.Length > 0
            && "[]{}&*!|>%@`\"'#,?:-".IndexOf(text[0], StringComparison.Ordinal) < 0
            && !text.Contains(": ", StringComparison.Ordinal)
            && !text.Contains(" #", StringComparison.Ordinal)
            && !text.EndsWith(':')
            && text.Trim() == text
            && text.IndexOfAny(['\n', '\r', '\t']) < 0
            && (!inFlow || text.IndexOfAny([',', '[', ']', '{', '}']) < 0);
        if (plain || (text.StartsWith('-') && text.Length > 1 && text[1] != ' ' && !inFlow && Scalar(text[1..], inFlow) == text[1..]))
        {
            return text;
        }

        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
    }
}
