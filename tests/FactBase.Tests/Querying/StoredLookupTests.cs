using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactBase.Storage;

namespace FactBase.Tests.Querying;

/// <summary>
/// Lookup over stored records: the first lookups scan the id table's bytes, the later ones use the
/// dictionary built from it; both must find the same facts, and nothing else. The records are laid
/// out here by hand, as the build step's RecordsResource documents them.
/// </summary>
public class StoredLookupTests
{
    private const string Stamp = "00112233445566778899aabbccddeeff";

    [Fact]
    public void Scanned_and_indexed_lookups_find_the_same_facts()
    {
        var knowledgeBase = TwoKinds(Stamp, out var created);
        var first = new Dictionary<string, Fact>();

        // Past the scanned lookups (8) into the dictionary's, and past the frozen index's 256.
        for (var round = 0; round < 100; round++)
        {
            foreach (var id in new[] { "alpha", "beta", "gamma" })
            {
                var fact = knowledgeBase.Find(id);
                Assert.NotNull(fact);
                Assert.Equal(id, fact.Id);
                Assert.Same(first.TryAdd(id, fact) ? fact : first[id], fact);
            }

            Assert.Null(knowledgeBase.Find("delta"));
            Assert.Null(knowledgeBase.Find("alph"));
            Assert.Null(knowledgeBase.Find("alphabet"));
            Assert.Null(knowledgeBase.Find("ålpha"));
            Assert.Null(knowledgeBase.Find(string.Empty));
        }

        Assert.Equal(3, created.Count);
        Assert.Equal(["alpha", "beta", "gamma"], [.. knowledgeBase.Facts.Select(f => f.Id)]);
        Assert.Equal("content/g.md", knowledgeBase.Find("gamma")!.Path);
    }

    [Theory]
    [InlineData("ffeeddccbbaa99887766554433221100")]
    [InlineData("00112233445566778899aabbccddeefe")]
    [InlineData("10112233445566778899aabbccddeeff")]
    [InlineData("00112233445566778899AABBCCDDEEFF")]
    [InlineData("00112233445566778899aabbccddeef")]
    [InlineData("")]
    public void Records_written_for_other_generated_code_are_refused_with_a_message_that_says_to_rebuild(string stamp)
    {
        var error = Assert.Throws<InvalidOperationException>(() => FactRecords.FromBytes(Resource(), stamp));

        Assert.Contains("Build the project again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_in_another_layout_are_refused_not_misread()
    {
        var bytes = Resource();
        bytes[0] = (byte)'X';

        var error = Assert.Throws<InvalidOperationException>(() => FactRecords.FromBytes(bytes, Stamp));

        Assert.Contains("rebuild the project", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Two kinds: 'alpha' and 'beta' of kind 0, 'gamma' of kind 1.</summary>
    private static KnowledgeBase TwoKinds(string stamp, out List<string> created)
    {
        var made = new List<string>();
        created = made;
        FactStore[] stores = [];
        var knowledgeBase = new KnowledgeBase(FactRecords.FromBytes(Resource(), stamp), kind => stores[kind]);
        FactFactory factory = (ref FactReader reader, string id, string path) =>
        {
            made.Add(id);
            return new Stored { Id = id, Kind = "stored", Path = path };
        };
        stores = [knowledgeBase.Store(0, factory), knowledgeBase.Store(1, factory)];
        return knowledgeBase;
    }

    /// <summary>The resource: magic, stamp, kind count, id table's place; per kind its count and record table; the ids; the tables; the records.</summary>
    private static byte[] Resource()
    {
        var ids = Encoding.ASCII.GetBytes("1:31:01:25:alpha4:beta1:11:15:gamma");
        string[][] records = [["5:alpha12:content/a.md", "4:beta12:content/b.md"], ["5:gamma12:content/g.md"]];
        var header = 4 + 16 + 12 + (records.Length * 8);
        var tables = header + ids.Length;
        var recordsStart = tables + (records.Sum(k => k.Length) * 4);
        var bytes = new List<byte>();
        bytes.AddRange("FBR1"u8.ToArray());
        bytes.AddRange(Convert.FromHexString(Stamp));
        Int(records.Length);
        Int(header);
        Int(ids.Length);
        var table = tables;
        foreach (var kind in records)
        {
            Int(kind.Length);
            Int(table);
            table += kind.Length * 4;
        }

        bytes.AddRange(ids);
        var offset = recordsStart;
        foreach (var record in records.SelectMany(k => k))
        {
            Int(offset);
            offset += Token(record).Length;
        }

        foreach (var record in records.SelectMany(k => k))
        {
            bytes.AddRange(Token(record));
        }

        return [.. bytes];

        void Int(int value)
        {
            var four = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(four, value);
            bytes.AddRange(four);
        }

        static byte[] Token(string record) => Encoding.ASCII.GetBytes($"{record.Length}:{record}");
    }

    private sealed class Stored : Fact
    {
    }
}
