using System;
using System.IO;
using System.IO.Pipes;
using System.Text;
using FactBase.Compiler.Pipeline;

namespace FactBase.Build.Server;

/// <summary>
/// Where the build server listens, and how a message crosses: one pipe per user and per build of
/// FactBase (this assembly's module id), so that two versions of FactBase never share a server and
/// no user reaches another's; a message is its length, then its bytes, so that a connection cut
/// halfway reads as a failure, never as a shorter message.
/// </summary>
internal static class BuildServerPipe
{
    /// <summary>The wire format's version: a server answers only the version it speaks.</summary>
    public const int ProtocolVersion = 1;

    // PipeOptions.CurrentUserOnly, which netstandard2.0 does not name: the pipe refuses other users.
    public const PipeOptions CurrentUserOnly = (PipeOptions)0x20000000;

    // Short: on Unix the pipe is a socket whose path has a length limit.
    public static string Name { get; } = "factbase-" + ContentHash.Of(Environment.UserName, typeof(BuildServerPipe).Assembly.ManifestModule.ModuleVersionId.ToString("N"), PackageFolder()).ToString()[..16];

    /// <summary>
    /// The folder that holds both the task's and the server's folders (the package's <c>tasks/</c>):
    /// the same build restored elsewhere gets a server of its own, never one whose files may be gone.
    /// </summary>
    private static string PackageFolder()
    {
        var location = typeof(BuildServerPipe).Assembly.Location;
        return location.Length == 0 ? string.Empty : Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(location))) ?? string.Empty;
    }

    public static void Write(Stream stream, Action<BinaryWriter> write)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(ProtocolVersion);
            write(writer);
        }

        var length = BitConverter.GetBytes((int)payload.Length);
        stream.Write(length, 0, 4);
        payload.Position = 0;
        payload.CopyTo(stream);
        stream.Flush();
    }

    /// <summary>The message's reader; throws <see cref="IOException"/> when the message is cut or of another version.</summary>
    public static BinaryReader Read(Stream stream)
    {
        var length = BitConverter.ToInt32(ReadExactly(stream, 4), 0);
        if (length < 4 || length > 256 * 1024 * 1024)
        {
            throw new IOException("A build server message of " + length + " bytes.");
        }

        var reader = new BinaryReader(new MemoryStream(ReadExactly(stream, length)), Encoding.UTF8);
        return reader.ReadInt32() == ProtocolVersion ? reader : throw new IOException("A build server message of another version.");
    }

    private static byte[] ReadExactly(Stream stream, int count)
    {
        var bytes = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = stream.Read(bytes, read, count - read);
            if (n == 0)
            {
                throw new EndOfStreamException("The build server's connection closed halfway through a message.");
            }

            read += n;
        }

        return bytes;
    }
}
