using System.Collections.Generic;
using System.Linq;
using FactBase.Storage;

namespace FactBase.Tests.Querying;

/// <summary>
/// Lookup over generated storage: the first lookups scan the id list's bytes, the later ones use
/// the dictionary built from it; both must find the same facts, and nothing else.
/// </summary>
public class StoredLookupTests
{
    [Fact]
    public void Scanned_and_indexed_lookups_find_the_same_facts()
    {
        var knowledgeBase = TwoKinds(out var created);
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
    }

    /// <summary>Two kinds: 'alpha' and 'beta' in kind 0's chunk, 'gamma' in kind 1's, as the generator writes them.</summary>
    private static KnowledgeBase TwoKinds(out List<string> created)
    {
        var made = new List<string>();
        created = made;
        FactChunk[] chunks = [];
        var knowledgeBase = new KnowledgeBase(static () => "1:31:01:01:25:alpha4:beta1:11:01:15:gamma"u8, (kind, _) => chunks[kind]);
        FactFactory factory = (ref FactReader reader, string id, string path) =>
        {
            made.Add(id);
            return new Stored { Id = id, Kind = "stored", Path = path };
        };
        chunks =
        [
            new FactChunk(knowledgeBase, 2, factory, static () => "13:5:alpha4:a.md12:4:beta4:b.md"u8),
            new FactChunk(knowledgeBase, 1, factory, static () => "13:5:gamma4:g.md"u8),
        ];
        return knowledgeBase;
    }

    private sealed class Stored : Fact
    {
    }
}
