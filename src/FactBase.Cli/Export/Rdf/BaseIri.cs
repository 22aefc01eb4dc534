using System;

namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// The IRI every fact, kind and property of the export hangs from (<c>--base</c>). It is written
/// into IRIs as it is, so it must be one an N-Triples or Turtle reader takes without escapes:
/// an absolute http or https IRI ending in '/', with no space, quote, angle bracket, brace, pipe,
/// caret, backquote or backslash.
/// </summary>
internal static class BaseIri
{
    /// <summary>A name that is no one's: set <c>--base</c> to a namespace you control before publishing.</summary>
    public const string Default = "https://example.org/factbase/";

    private const string Forbidden = "<>\"{}|^`\\";

    /// <summary>Null when <paramref name="text"/> will do; otherwise why not, for the message.</summary>
    public static string? Problem(string text)
    {
        if (!text.EndsWith('/'))
        {
            return "it must end in '/', so that names can follow it";
        }

        foreach (var c in text)
        {
            if (c <= ' ' || Forbidden.Contains(c, StringComparison.Ordinal) || char.IsSurrogate(c) || c is >= '\u007f' and <= '\u009f')
            {
                return c <= ' ' || c >= '\u007f'
                    ? $"it holds the character U+{(int)c:X4}, which an IRI cannot hold"
                    : $"it holds '{c}', which an IRI cannot hold";
            }
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return "it must be an absolute http or https IRI";
        }

        return text.Contains('#', StringComparison.Ordinal) || text.Contains('?', StringComparison.Ordinal)
            ? "it must have no '?' or '#': names follow it as path segments"
            : null;
    }
}
