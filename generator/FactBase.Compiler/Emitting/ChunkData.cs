using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// The inside of a chunk's UTF-8 literal. Chunks hold their records as written; from
/// <see cref="PackThreshold"/> bytes on (megabytes of bodies in a few facts), the records are
/// deflated and base64-encoded behind a <c>!</c> (a record starts with a digit, so the reader can tell).
/// Records as written are padded with spaces to one of a few sizes (<see cref="PaddedSize"/>), which
/// the reader never reaches: it reads as many records as the chunk holds.
/// </summary>
/// <remarks>
/// Why pack at all: Roslyn spends 0.3 to 1 µs per byte of a UTF-8 literal when it compiles it, and a
/// literal of megabytes is that many seconds. Why not always: unpacking at run time loads
/// System.IO.Compression and its native library at the first query, measured at 4.8 ms of a 22.5 ms
/// first query with the benchmark corpus packed (chunks of 47 KB), against the 100× the first
/// query must keep over loading the Markdown; and packing and base64 cost the generator as much as
/// Roslyn saves on the smaller literal (docs/performance.md).
/// </remarks>
public static class ChunkData
{
    /// <summary>Records below this many bytes are left as written.</summary>
    public const int PackThreshold = 1024 * 1024;

    /// <summary>The marker that starts packed data.</summary>
    public const char PackedMarker = '!';

    /// <summary>Appends the chunk's records, packed when they are big enough to pay, as the inside of a UTF-8 literal.</summary>
    public static void Append(StringBuilder builder, KindPlan kind, ChunkModel chunk)
    {
        // Written as text first, as nearly every chunk stays; a chunk that reaches the threshold is
        // taken back and written again as bytes, packed.
        var start = builder.Length;
        var size = 0;
        foreach (var chunkFact in chunk.Facts)
        {
            size += RecordWriter.AppendRecord(builder, kind, chunkFact);
        }

        if (size < PackThreshold)
        {
            builder.Append(' ', PaddedSize(size) - size);
            return;
        }

        builder.Length = start;
        using var records = new MemoryStream(size);
        foreach (var chunkFact in chunk.Facts)
        {
            RecordWriter.AppendRecord(records, kind, chunkFact);
        }

        builder.Append(PackedMarker).Append(Pack(records.GetBuffer(), (int)records.Length));
    }

    /// <summary>
    /// The size <paramref name="size"/> bytes of records are padded to: the next multiple of an eighth
    /// of the power of two below it (at least 64 bytes), less the terminating zero the compiler adds.
    /// </summary>
    /// <remarks>
    /// The compiler gives each size of UTF-8 literal a type of its own, nested in one class that holds
    /// every literal's data, and the runtime loads all of those types with the class, at the first
    /// query: 320 sizes for the benchmark's 320 chunks took 2.8 ms of it. Eighths leave 18 sizes and
    /// cost 4.6 % more bytes (docs/performance.md).
    /// </remarks>
    public static int PaddedSize(int size)
    {
        var withTerminator = size + 1;
        var step = 64;
        while (step * 16 <= withTerminator)
        {
            step *= 2;
        }

        return ((withTerminator + step - 1) / step * step) - 1;
    }

    /// <summary>Deflated (fastest level: the build's time counts more than a few bytes) and base64-encoded.</summary>
    public static string Pack(byte[] bytes, int count)
    {
        using var packed = new MemoryStream(count / 2);
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes, 0, count);
        }

        return Convert.ToBase64String(packed.GetBuffer(), 0, (int)packed.Length);
    }
}
