using System;

namespace FactBase.Cli.Site.Html;

/// <summary>
/// Which addresses from content a page may link to: <c>http</c>, <c>https</c> and <c>mailto</c>, and
/// addresses with no scheme (an anchor, a relative path). <c>javascript:</c>, <c>data:</c> and any other
/// scheme are refused, however they are spelled: browsers ignore case, and tabs, line breaks and
/// control characters inside the scheme, so the check does too.
/// </summary>
internal static class SafeUrl
{
    public static bool IsSafe(string url)
    {
        Span<char> scheme = stackalloc char[16];
        var length = 0;
        foreach (var c in url.AsSpan().TrimStart())
        {
            if (c is '\t' or '\n' or '\r' || char.IsControl(c))
            {
                continue;
            }

            if (c == ':')
            {
                return length > 0 && scheme[..length] is "http" or "https" or "mailto";
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return true; // a path, a query or an anchor before any colon: no scheme
            }

            if (length == scheme.Length)
            {
                return false; // longer than any scheme allowed
            }

            scheme[length++] = char.ToLowerInvariant(c);
        }

        return true;
    }
}
