using System;
using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// A buffer per thread for writing chunks, reused from chunk to chunk. A chunk's text is some
/// 120 KB, on the large object heap: a new buffer for each of a cold run's 322 chunks was 40 MB
/// allocated there besides the texts themselves, and enough to start a background collection
/// of the whole heap in every cold run (docs/performance.md).
/// </summary>
internal static class ChunkBuffers
{
    /// <summary>
    /// Buffers above this many chars (a chunk of long bodies) are not kept: the compiler server's
    /// threads live for hours, and each keeps at most half a megabyte here.
    /// </summary>
    private const int MaxKeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? _kept;

    /// <summary>An empty buffer of at least <paramref name="capacity"/> chars, the thread's own if it is large enough.</summary>
    public static StringBuilder Rent(int capacity)
    {
        var kept = _kept;
        _kept = null;
        if (kept is not null && kept.Capacity >= capacity)
        {
            return kept.Clear();
        }

        // A little over the estimate, so that chunks a little larger than the last do not each take a new buffer.
        return new StringBuilder((int)Math.Min(capacity + (capacity / 4L), int.MaxValue / 2));
    }

    /// <summary>Gives the buffer back to the thread, once its text has been taken.</summary>
    public static void Return(StringBuilder buffer)
    {
        if (buffer.Capacity <= MaxKeptCapacity)
        {
            _kept = buffer;
        }
    }
}
