using System;
using System.Collections.Generic;
using System.IO;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// Files the build step writes, written whole or not at all: to a file of their own beside, then
/// renamed over the old one, so that a build stopped halfway, or a compiler reading at that moment,
/// never sees half a file.
/// </summary>
public static class AtomicFile
{
    /// <summary>The buffers between a file and what writes or compares it: below the size of a large object.</summary>
    private const int BufferSize = 64 * 1024;

    public static void Write(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes, 0, bytes.Length));

    /// <summary>Writes the file as <paramref name="write"/> writes it to the stream it is given: a large file is written as it is made, never held whole.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                write(stream);
            }

            if (File.Exists(path))
            {
                File.Replace(temporary, path, null);
            }
            else
            {
                try
                {
                    File.Move(temporary, path);
                }
                catch (IOException) when (File.Exists(path))
                {
                    // Another build wrote it first, since we looked: replace what it wrote, whole, as above.
                    File.Replace(temporary, path, null);
                }
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes the bytes unless the file holds them already, so its time stamp tells the compiler nothing changed; true when it wrote.</summary>
    public static bool WriteIfChanged(string path, byte[] bytes) => WriteIfChanged(path, [new ArraySegment<byte>(bytes)]);

    /// <summary>
    /// Writes <paramref name="content"/>, the file's bytes in order in several segments, unless the file
    /// holds them already; true when it wrote. A large file is compared and written as it is, never copied whole.
    /// </summary>
    public static bool WriteIfChanged(string path, IReadOnlyList<ArraySegment<byte>> content)
    {
        long length = 0;
        foreach (var segment in content)
        {
            length += segment.Count;
        }

        if (File.Exists(path) && new FileInfo(path).Length == length && Holds(path, content))
        {
            return false;
        }

        Write(path, stream =>
        {
            foreach (var segment in content)
            {
                stream.Write(segment.Array!, segment.Offset, segment.Count);
            }
        });
        return true;
    }

    private static bool Holds(string path, IReadOnlyList<ArraySegment<byte>> content)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize];
        foreach (var segment in content)
        {
            for (var compared = 0; compared < segment.Count;)
            {
                var count = Math.Min(buffer.Length, segment.Count - compared);
                if (!ReadFully(file, buffer, count) || !buffer.AsSpan(0, count).SequenceEqual(segment.AsSpan(compared, count)))
                {
                    return false;
                }

                compared += count;
            }
        }

        return true;
    }

    private static bool ReadFully(Stream stream, byte[] buffer, int count)
    {
        for (var filled = 0; filled < count;)
        {
            var read = stream.Read(buffer, filled, count - filled);
            if (read <= 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }
}
