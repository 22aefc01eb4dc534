using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// The build step's results, kept between command-line builds in one file under <c>obj/</c>: the
/// state that makes a build after an edit read the edited files alone. It is a
/// <see cref="ResultCache"/> written out (results and records, <see cref="ResultCodec"/>), so it
/// follows the same rule; its own rules are about the file:
/// <list type="bullet">
/// <item>It is trusted only whole: a file that is truncated, damaged, or written by another
/// version of FactBase is read as no cache at all (<see cref="Problem"/> says why), and the
/// build reads every file again.</item>
/// <item>It is written whole or not at all (<see cref="AtomicFile"/>).</item>
/// <item>One build at a time uses it: <see cref="Open"/> holds a lock file beside it until
/// disposed, so parallel builds of one project wait for each other instead of racing. Two
/// projects, or two target frameworks, have caches of their own under their own <c>obj/</c>.</item>
/// </list>
/// </summary>
public sealed class PersistentCache : IDisposable
{
    /// <summary>The cache's file in its folder.</summary>
    public const string FileName = "cache.bin";

    private const string LockName = "cache.lock";
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("FBC1");
    private const int DigestSize = 32;

    /// <summary>The buffer between the cache's file and its encoding: small, so that no buffer of the cache is a large object.</summary>
    private const int BufferSize = 64 * 1024;

    private readonly FileStream _lock;

    private PersistentCache(string directory, FileStream held, ResultCache results, string? problem)
    {
        Directory = directory;
        _lock = held;
        Results = results;
        Problem = problem;
    }

    public string Directory { get; }

    public string Path => System.IO.Path.Combine(Directory, FileName);

    /// <summary>What was read: empty when there was no cache, or one that could not be trusted.</summary>
    public ResultCache Results { get; }

    /// <summary>Why the cache file was not used, when it was there and was not; null otherwise.</summary>
    public string? Problem { get; }

    /// <summary>
    /// Takes the cache in <paramref name="directory"/> (created if missing), waiting up to
    /// <paramref name="timeout"/> for another build that holds it; each result is read back at the
    /// path <paramref name="pathOf"/> gives its relative path now.
    /// </summary>
    public static PersistentCache Open(string directory, Func<string, string>? pathOf, TimeSpan timeout)
    {
        System.IO.Directory.CreateDirectory(directory);
        var held = Lock(System.IO.Path.Combine(directory, LockName), timeout);
        try
        {
            var file = System.IO.Path.Combine(directory, FileName);
            if (!File.Exists(file))
            {
                return new PersistentCache(directory, held, new ResultCache(), null);
            }

            ResultCache? results;
            string? problem;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan))
            {
                results = Read(stream, pathOf, out problem);
            }

            return new PersistentCache(directory, held, results ?? new ResultCache(), problem);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Writes <paramref name="results"/> as the cache, whole or not at all, entry by entry: no copy of the whole cache is ever held.</summary>
    public void Save(IReadOnlyList<FileResult> results, ReadOptions options) => AtomicFile.Write(Path, stream => Write(stream, results, options));

    public void Dispose() => _lock.Dispose();

    /// <summary>The cache's bytes: the magic, the payload, then the payload's SHA-256.</summary>
    internal static byte[] Write(IReadOnlyList<FileResult> results, ReadOptions options)
    {
        using var bytes = new MemoryStream();
        Write(bytes, results, options);
        return bytes.ToArray();
    }

    /// <summary>Writes the cache to <paramref name="output"/>: the magic, the payload as it is encoded, then its SHA-256.</summary>
    internal static void Write(Stream output, IReadOnlyList<FileResult> results, ReadOptions options)
    {
        output.Write(Magic, 0, Magic.Length);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var payload = new BufferedStream(new DigestStream(output, sha), BufferSize))
        using (var writer = new BinaryResultWriter(payload))
        {
            writer.Text(ContentIndex.Engine);
            writer.Number(options.MaxFileSize);
            writer.Number(options.MaxDepth);
            writer.Number(results.Count);
            foreach (var result in results)
            {
                ResultCodec.Write(writer, result, withRecord: true);
            }
        }

        var digest = sha.GetHashAndReset();
        output.Write(digest, 0, digest.Length);
    }

    /// <summary>The results the bytes hold, or null with the reason when they cannot be trusted.</summary>
    internal static ResultCache? Read(byte[] bytes, Func<string, string>? pathOf, out string? problem) =>
        Read(new MemoryStream(bytes, writable: false), pathOf, out problem);

    /// <summary>
    /// The results <paramref name="cache"/> holds, or null with the reason when they cannot be trusted.
    /// Two passes over the stream, neither holding it whole: its checksum first, so that nothing is
    /// decoded from bytes that are not the ones written; then its results.
    /// </summary>
    internal static ResultCache? Read(Stream cache, Func<string, string>? pathOf, out string? problem)
    {
        problem = null;
        var bodyLength = cache.Length - Magic.Length - DigestSize;
        if (bodyLength < 0 || !StartsWithMagic(cache))
        {
            problem = "it is not a FactBase cache, or it is truncated";
            return null;
        }

        if (!DigestMatches(cache, bodyLength))
        {
            problem = "it is damaged or truncated (its checksum does not match)";
            return null;
        }

        try
        {
            cache.Position = Magic.Length;
            using var reader = new BinaryResultReader(new BufferedStream(cache, BufferSize), Magic.Length + bodyLength);
            if (reader.Text() != ContentIndex.Engine)
            {
                problem = "another version of FactBase wrote it";
                return null;
            }

            var options = new ReadOptions(reader.Number(), reader.Number());
            var count = reader.Number();
            var results = new List<FileResult>(Math.Min(Math.Max(count, 0), 1 << 20));
            for (var i = 0; i < count; i++)
            {
                results.Add(ResultCodec.Read(reader, pathOf, options, withRecord: true));
            }

            reader.AtMostAt(Magic.Length + bodyLength);
            return new ResultCache(results);
        }
        catch (Exception e) when (e is FormatException or EndOfStreamException or IOException or ArgumentException or OverflowException)
        {
            problem = "it is damaged (" + e.Message + ")";
            return null;
        }
    }

    private static bool DigestMatches(Stream cache, long bodyLength)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        cache.Position = Magic.Length;
        for (var left = bodyLength; left > 0;)
        {
            var read = cache.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read <= 0)
            {
                return false;
            }

            sha.AppendData(buffer, 0, read);
            left -= read;
        }

        var digest = sha.GetHashAndReset();
        var written = new byte[DigestSize];
        return ReadFully(cache, written) && Same(digest, written);
    }

    private static bool StartsWithMagic(Stream cache)
    {
        var start = new byte[Magic.Length];
        cache.Position = 0;
        return ReadFully(cache, start) && Same(start, Magic);
    }

    private static bool ReadFully(Stream stream, byte[] buffer)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read <= 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }

    private static bool Same(byte[] left, byte[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lock file, opened for this process alone; another build waits for it.</summary>
    private static FileStream Lock(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    private sealed class BinaryResultWriter(Stream stream) : IResultWriter, IDisposable
    {
        private readonly BinaryWriter _writer = new(stream, Encoding.UTF8, leaveOpen: true);

        public void Text(string? value)
        {
            _writer.Write(value is not null);
            if (value is not null)
            {
                _writer.Write(value);
            }
        }

        public void Number(int value) => _writer.Write(value);

        public void Bytes(byte[]? value)
        {
            _writer.Write(value?.Length ?? -1);
            if (value is not null)
            {
                _writer.Write(value);
            }
        }

        public void Dispose() => _writer.Dispose();
    }

    /// <summary>Reads the payload, which ends at position <paramref name="end"/> of the stream.</summary>
    private sealed class BinaryResultReader(BufferedStream stream, long end) : IResultReader, IDisposable
    {
        private readonly BinaryReader _reader = new(stream, Encoding.UTF8, leaveOpen: false);

        public string? Text() => _reader.ReadBoolean() ? _reader.ReadString() : null;

        public int Number() => _reader.ReadInt32();

        public byte[]? Bytes()
        {
            var length = _reader.ReadInt32();
            if (length < -1 || length > end - stream.Position)
            {
                throw new FormatException("A record runs past the end.");
            }

            return length < 0 ? null : _reader.ReadBytes(length);
        }

        /// <summary>Throws when what was read ran into the checksum: results that end past the payload are not the ones written.</summary>
        public void AtMostAt(long position)
        {
            if (stream.Position > position)
            {
                throw new FormatException("The results run past the end.");
            }
        }

        public void Dispose() => _reader.Dispose();
    }
}
