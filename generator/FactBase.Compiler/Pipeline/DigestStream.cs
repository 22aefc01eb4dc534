using System;
using System.IO;
using System.Security.Cryptography;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// Writes through to a stream and hashes what passes, so that a file and its checksum are written in
/// one pass, without the file's bytes ever held whole (<see cref="PersistentCache"/>).
/// </summary>
internal sealed class DigestStream(Stream output, IncrementalHash hash) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        hash.AppendData(buffer, offset, count);
        output.Write(buffer, offset, count);
    }

    /// <summary>Leaves the stream under it open: what follows the hashed part (the checksum) is written to it after.</summary>
    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
