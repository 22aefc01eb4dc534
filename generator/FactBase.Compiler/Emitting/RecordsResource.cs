using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Pipeline;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// The facts' records as one resource, embedded in the assembly by the build step, which the
/// runtime reads in place (<c>FactBase.Storage.FactRecords</c>): the data leaves the C#.
/// </summary>
/// <remarks>
/// Layout, integers 32-bit little-endian:
/// <list type="bullet">
/// <item>the magic <c>FBR1</c>; the 16 bytes of the <see cref="Placement.Stamp"/>; the number of kinds;
/// the id table's offset and length;</item>
/// <item>per kind, in the plan's order: its number of facts and the offset of its record table;</item>
/// <item>the id table, tokens <c>length:text</c>: the number of ids, then per kind its number, its
/// count and its ids in order (what the first lookups scan, and the index is built from);</item>
/// <item>per kind, its record table: each fact's record's offset, in id order;</item>
/// <item>the records (<see cref="RecordWriter"/>).</item>
/// </list>
/// Offsets count from the resource's first byte.
/// </remarks>
public static class RecordsResource
{
    /// <summary>The resource's name in the assembly, which the runtime looks for.</summary>
    public const string Name = "FactBase.Records";

    /// <summary>The first four bytes: a resource in another shape is refused, not misread.</summary>
    public static readonly byte[] Magic = Encoding.ASCII.GetBytes("FBR1");

    private const int HeaderSize = 4 + 16 + 4 + 4 + 4;

    /// <summary>
    /// The resource for <paramref name="placement"/>: each placed fact's record is its result's
    /// <see cref="FileResult.Record"/> with the backlinks <paramref name="link"/> found.
    /// </summary>
    public static byte[] Write(Placement placement, IReadOnlyList<FileResult> results, LinkResult link)
    {
        var ids = IdTable(placement);
        var kindCount = placement.Kinds.Count;
        var tablesStart = HeaderSize + (kindCount * 8) + ids.Length;
        var factCount = 0;
        foreach (var kind in placement.Kinds)
        {
            factCount += kind.Facts.Count;
        }

        // The records are written twice: once to learn their offsets and length, then into the resource
        // itself, so that the largest output of a build is never copied or grown at scale.
        var offsets = new int[factCount];
        var recordsStart = tablesStart + (factCount * 4);
        var counted = new Common.CountingStream();
        WriteRecords(counted, offsets);
        var resource = new byte[recordsStart + counted.Length];
        var position = 0;
        Put(Magic);
        Put(placement.Stamp.ToBytes());
        PutInt(kindCount);
        PutInt(HeaderSize + (kindCount * 8));
        PutInt(ids.Length);
        var table = tablesStart;
        foreach (var kind in placement.Kinds)
        {
            PutInt(kind.Facts.Count);
            PutInt(table);
            table += kind.Facts.Count * 4;
        }

        Put(ids);
        foreach (var offset in offsets)
        {
            PutInt(offset);
        }

        using (var records = new MemoryStream(resource, position, resource.Length - position))
        {
            WriteRecords(records, startsOf: null);
        }

        return resource;

        void WriteRecords(Stream records, int[]? startsOf)
        {
            var backlinks = link.BacklinksById;
            var n = 0;
            foreach (var kind in placement.Kinds)
            {
                foreach (var fact in kind.Facts)
                {
                    if (startsOf is not null)
                    {
                        startsOf[n++] = recordsStart + (int)records.Length;
                    }

                    var prefix = results[fact.Source].Record
                        ?? throw new InvalidOperationException($"The fact '{fact.Id}' has no record to store.");
                    RecordWriter.Write(records, prefix, backlinks.TryGetValue(fact.Id, out var found) ? found : Common.EquatableArray<Model.BacklinkModel>.Empty);
                }
            }
        }

        void Put(byte[] bytes)
        {
            Buffer.BlockCopy(bytes, 0, resource, position, bytes.Length);
            position += bytes.Length;
        }

        void PutInt(int value)
        {
            resource[position++] = (byte)value;
            resource[position++] = (byte)(value >> 8);
            resource[position++] = (byte)(value >> 16);
            resource[position++] = (byte)(value >> 24);
        }
    }

    /// <summary>The ids, as tokens: ids are ASCII (kebab-case), so a length in chars is one in bytes.</summary>
    private static byte[] IdTable(Placement placement)
    {
        var builder = new StringBuilder();
        var total = 0;
        foreach (var kind in placement.Kinds)
        {
            total += kind.Facts.Count;
        }

        Token(builder, total.ToString(CultureInfo.InvariantCulture));
        for (var k = 0; k < placement.Kinds.Count; k++)
        {
            var kind = placement.Kinds[k];
            Token(builder, k.ToString(CultureInfo.InvariantCulture));
            Token(builder, kind.Facts.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var fact in kind.Facts)
            {
                Token(builder, fact.Id);
            }
        }

        return Encoding.ASCII.GetBytes(builder.ToString());
    }

    private static void Token(StringBuilder builder, string text) =>
        builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
}
