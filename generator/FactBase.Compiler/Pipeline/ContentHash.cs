using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// What a text holds, as 128 bits of its SHA-256: the key every reuse of a file's result goes by
/// (<see cref="ResultCache"/>), never a timestamp, so that a fresh checkout of unchanged content
/// finds its results. The hash is of the text as UTF-16, so the build step (which reads bytes
/// and decodes them) and the generator (which gets Roslyn's text) agree on the same text.
/// </summary>
public readonly struct ContentHash : IEquatable<ContentHash>
{
    [ThreadStatic]
    private static SHA256? _sha;

    [ThreadStatic]
    private static byte[]? _buffer;

    private readonly ulong _high;
    private readonly ulong _low;

    public ContentHash(ulong high, ulong low)
    {
        _high = high;
        _low = low;
    }

    public bool IsEmpty => _high == 0 && _low == 0;

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static ContentHash Of(string text)
    {
        var sha = _sha ??= SHA256.Create();
        var length = text.Length * 2;
        var buffer = _buffer is { } kept && kept.Length >= length ? kept : new byte[Math.Max(length, 4096)];
        Encoding.Unicode.GetBytes(text, 0, text.Length, buffer, 0);
        var digest = sha.ComputeHash(buffer, 0, length);

        // Buffers of large files are not kept: a thread keeps at most what a typical fact needs.
        _buffer = buffer.Length <= 1024 * 1024 ? buffer : _buffer;
        return new ContentHash(BitConverter.ToUInt64(digest, 0), BitConverter.ToUInt64(digest, 8));
    }

    /// <summary>The hash of several parts, each ended by a separator no part holds, so that ("ab", "c") and ("a", "bc") differ.</summary>
    public static ContentHash Of(params string[] parts) => Of(string.Join("\u0000", parts) + "\u0000");

    /// <summary>Thirty-two hex digits: how caches, the index and generated code write it.</summary>
    public override string ToString() => _high.ToString("x16", CultureInfo.InvariantCulture) + _low.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The hash written by <see cref="ToString"/>; false for anything else.</summary>
    public static bool TryParse(string? text, out ContentHash hash)
    {
        hash = default;
        if (text is not { Length: 32 }
            || !ulong.TryParse(text.Substring(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var high)
            || !ulong.TryParse(text.Substring(16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low))
        {
            return false;
        }

        hash = new ContentHash(high, low);
        return true;
    }

    /// <summary>The 16 bytes, in the order <see cref="ToString"/> writes them.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[16];
        for (var i = 0; i < 8; i++)
        {
            bytes[i] = (byte)(_high >> (56 - (8 * i)));
            bytes[8 + i] = (byte)(_low >> (56 - (8 * i)));
        }

        return bytes;
    }

    public bool Equals(ContentHash other) => _high == other._high && _low == other._low;

    public override bool Equals(object? obj) => obj is ContentHash other && Equals(other);

    public override int GetHashCode() => unchecked((int)_low);

    public static bool operator ==(ContentHash left, ContentHash right) => left.Equals(right);

    public static bool operator !=(ContentHash left, ContentHash right) => !left.Equals(right);
}
