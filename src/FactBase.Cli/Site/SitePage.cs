using System;
using System.Buffers;
using System.Threading;

namespace FactBase.Cli.Site;

/// <summary>
/// A file of the site: its path from the root, with '/' separators, and its bytes. A page's bytes
/// may sit in a buffer lent by the shared pool (<see cref="Lent"/>): a site's pages are written and
/// dropped by the thousand, and new arrays for each would be memory the processor has not touched
/// yet, each time. Whoever writes such a page to its file hands the buffer back (<see cref="Release"/>);
/// anything that keeps pages (<c>serve</c>, a test) keeps them whole and never releases them.
/// </summary>
internal sealed class SitePage
{
    private byte[]? _buffer;
    private readonly bool _lent;

    /// <summary>A file whose bytes are <paramref name="bytes"/>, all of them.</summary>
    public SitePage(string path, byte[] bytes)
        : this(path, bytes, bytes.Length, lent: false)
    {
    }

    private SitePage(string path, byte[] buffer, int length, bool lent)
    {
        Path = path;
        _buffer = buffer;
        Length = length;
        _lent = lent;
    }

    public string Path { get; }

    /// <summary>The file's bytes; a page whose buffer went back to the pool has none, and says so.</summary>
    public ReadOnlySpan<byte> Bytes => (_buffer ?? throw new ObjectDisposedException(nameof(SitePage), $"The page {Path} was written and its buffer handed back.")).AsSpan(0, Length);

    /// <summary>How many bytes the file holds (its buffer, when lent, may be longer).</summary>
    public int Length { get; }

    /// <summary>A page whose bytes are the first <paramref name="length"/> of <paramref name="buffer"/>, rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
    public static SitePage Lent(string path, byte[] buffer, int length) => new(path, buffer, length, lent: true);

    /// <summary>The bytes in an array of their own, for a caller that keeps them.</summary>
    public byte[] ToArray() => _lent ? Bytes.ToArray() : _buffer!;

    /// <summary>Hands a lent buffer back to the pool, once; the page has no bytes after. Does nothing to a page with an array of its own.</summary>
    public void Release()
    {
        if (_lent && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
