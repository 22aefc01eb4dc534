using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// Names for value and reference nodes made from what they hold, as Wikibase names its
/// <c>wdv:</c> and <c>wdref:</c> nodes: the same value gets the same name in every fact and in
/// every export, and two different values never share one (128 bits of SHA-256).
/// </summary>
internal static class NodeName
{
    /// <summary>The hash of <paramref name="parts"/>, each length-prefixed so that no two lists of parts run together alike.</summary>
    public static string Of(params string?[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part is null ? "-1" : part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append('|');
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
