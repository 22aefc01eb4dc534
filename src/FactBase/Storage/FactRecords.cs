using System;
using System.Buffers.Binary;
using System.IO;
using System.Reflection;

namespace FactBase.Storage;

/// <summary>
/// The facts' records as the build step embedded them in the assembly (the resource
/// <see cref="ResourceName"/>), read in place: the resource of a loaded assembly is mapped memory,
/// so nothing is copied and only the pages a query touches are read. The layout is the build's
/// <c>RecordsResource</c>; a resource that does not match the generated code is refused with a
/// message that says to rebuild, never misread.
/// </summary>
internal sealed unsafe class FactRecords
{
    /// <summary>The resource's name, as the build step names it.</summary>
    public const string ResourceName = "FactBase.Records";

    private const int HeaderSize = 4 + 16 + 4 + 4 + 4;

    private readonly byte* _pointer;
    private readonly byte[]? _bytes;
    private readonly int _length;

    private FactRecords(byte* pointer, byte[]? bytes, int length)
    {
        _pointer = pointer;
        _bytes = bytes;
        _length = length;
    }

    /// <summary>The whole resource.</summary>
    public ReadOnlySpan<byte> Data => _bytes ?? new ReadOnlySpan<byte>(_pointer, _length);

    public int KindCount => Int(20);

    /// <summary>The id table: the number of ids, then per kind its number, its count and its ids, as tokens.</summary>
    public ReadOnlySpan<byte> Ids => Data.Slice(Int(24), Int(28));

    /// <summary>How many facts the kind has.</summary>
    public int Count(int kind) => Int(HeaderSize + (kind * 8));

    /// <summary>The record of the kind's fact at <paramref name="index"/>, from its length prefix on.</summary>
    public ReadOnlySpan<byte> Record(int kind, int index) => Data[Int(Int(HeaderSize + (kind * 8) + 4) + (index * 4))..];

    /// <summary>The records of <paramref name="assembly"/>, checked against the stamp its generated code was compiled with.</summary>
    public static FactRecords Load(Assembly assembly, string stamp)
    {
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The assembly {assembly.GetName().Name} has no FactBase records: its facts are stored by the FactBase build step (FactBase.targets), which did not run. Build the project with the FactBase package's MSBuild files (dotnet build), not the compiler alone.");
        var records = stream is UnmanagedMemoryStream { Length: <= int.MaxValue } mapped
            ? new FactRecords(mapped.PositionPointer, null, (int)mapped.Length)
            : Copy(stream);
        return records.Check(assembly, stamp);
    }

    /// <summary>Records from bytes in hand, checked against the stamp: for tests of the layout.</summary>
    internal static FactRecords FromBytes(byte[] bytes, string stamp) => new FactRecords(null, bytes, bytes.Length).Check(typeof(FactRecords).Assembly, stamp);

    private static FactRecords Copy(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return new FactRecords(null, bytes, bytes.Length);
    }

    private FactRecords Check(Assembly assembly, string stamp)
    {
        var data = Data;
        if (data.Length < HeaderSize || !data[..4].SequenceEqual("FBR1"u8))
        {
            throw new InvalidOperationException($"The FactBase records of {assembly.GetName().Name} are not in a form this FactBase reads: rebuild the project.");
        }

        if (!Matches(data.Slice(4, 16), stamp))
        {
            throw new InvalidOperationException(
                $"The FactBase records of {assembly.GetName().Name} were written for other content than its generated code (stamp {Convert.ToHexStringLower(data.Slice(4, 16))}, code {stamp}): the content changed while it was being built. Build the project again.");
        }

        return this;
    }

    /// <summary>
    /// Whether <paramref name="bytes"/> written as lowercase hex is <paramref name="stamp"/>: compared
    /// digit by digit, since the first query runs this once and the runtime's vectorized hex encoder
    /// would be compiled for it, in that query's time.
    /// </summary>
    private static bool Matches(ReadOnlySpan<byte> bytes, string stamp)
    {
        if (stamp.Length != bytes.Length * 2)
        {
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (stamp[2 * i] != Digit(bytes[i] >> 4) || stamp[(2 * i) + 1] != Digit(bytes[i] & 0xF))
            {
                return false;
            }
        }

        return true;

        static char Digit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
    }

    private int Int(int offset) => BinaryPrimitives.ReadInt32LittleEndian(Data.Slice(offset, 4));
}
