using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using FactBase.Storage;

namespace FactBase;

/// <summary>
/// Every fact of a knowledge base, indexed by id: lookup, refs, backlinks, provenance and
/// text search. Generated code creates one, as <c>Kb.Base</c>; the facts are created on
/// first use, each alone, not at start-up.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Func<FactChunk[]>? _chunks;
    private readonly FactData? _ids;
    private readonly FactChunkResolver? _resolver;
    private Index? _index;
    private Fact[]? _all;

    /// <summary>A knowledge base over the facts <paramref name="load"/> gives, called once, on first use.</summary>
    public KnowledgeBase(Func<IEnumerable<Fact>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _chunks = () => [FactChunk.Of([.. load()])];
    }

    /// <summary>
    /// A knowledge base over generated chunks of stored facts: <paramref name="ids"/> lists every id
    /// with its kind and chunk, and <paramref name="chunks"/> finds a chunk. Lookup by id reads the ids
    /// alone, then creates only the fact found; no other chunk or kind is touched.
    /// </summary>
    public KnowledgeBase(FactData ids, FactChunkResolver chunks)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(chunks);
        _ids = ids;
        _resolver = chunks;
    }

    /// <summary>Every fact, in id order. Creates every fact.</summary>
    public IReadOnlyList<Fact> Facts => _all ?? LazyInitializer.EnsureInitialized(ref _all, () => Loaded.CreateAll());

    /// <summary>The fact with this id, or null.</summary>
    public Fact? Find(string id) => Loaded.TryFind(id, out var location) ? location!.Chunk(_resolver).Get(location.Slot) : null;

    /// <summary>The fact with this id, of kind <typeparamref name="T"/>; throws when there is none.</summary>
    public T Get<T>(string id)
        where T : Fact =>
        Find(id) is { } fact
            ? fact as T ?? throw new InvalidCastException($"The fact '{id}' is a {fact.Kind}, not a {typeof(T).Name}.")
            : throw new KeyNotFoundException($"No fact has the id '{id}'.");

    /// <summary>The facts of a kind's class, including kinds that extend it.</summary>
    public IEnumerable<T> OfKind<T>()
        where T : Fact => Facts.OfType<T>();

    /// <summary>The facts whose fields refer to <paramref name="fact"/>, with the field of each ref.</summary>
    public IReadOnlyList<Backlink> ReferencesTo(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.ReferencedBy;
    }

    /// <summary>The facts that cite <paramref name="source"/>, optionally only with a given status.</summary>
    public IEnumerable<Fact> CitingSource(Fact source, CitationStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Facts.Where(f => f.Sources.Any(c => c.Source.Id == source.Id && (status is null || c.Status == status)));
    }

    /// <summary>The facts with at least one citation of the given status (say, every unconfirmed claim).</summary>
    public IEnumerable<Fact> WithStatus(CitationStatus status) => Facts.Where(f => f.Sources.Any(c => c.Status == status));

    /// <summary>Facts whose body or citation quotes contain <paramref name="text"/>, ignoring case.</summary>
    public IEnumerable<Fact> Search(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return Facts.Where(f =>
            f.Body.Text.Contains(text, StringComparison.OrdinalIgnoreCase)
            || f.Sources.Any(c => c.Quote is not null && c.Quote.Contains(text, StringComparison.OrdinalIgnoreCase)));
    }

    private Index Loaded => _index ?? LazyInitializer.EnsureInitialized(ref _index, () => _ids is null ? new Index(_chunks!()) : new Index(_ids(), _resolver!));

    /// <summary>
    /// Ids to chunk slots, built from the chunks' ids alone: the facts themselves wait for their first use.
    /// The first query gets a plain dictionary, quick to build; a frozen one, quicker to read but slower
    /// to build, replaces it off the query's path, on the thread pool.
    /// </summary>
    private sealed class Index
    {
        private FrozenDictionary<string, FactLocation>? _frozen;
        private int _lookups;

        private readonly FactChunkResolver? _resolver;

        /// <summary>The index of the generated id list: the count of ids, then per chunk its kind, its number, its count and its ids.</summary>
        public Index(ReadOnlySpan<byte> ids, FactChunkResolver resolver)
        {
            _resolver = resolver;
            ById = Read(ids);
        }

        // Runs once, over every id, at the first query: compiled optimized at once, since tier-0 code
        // made this loop take 20-35 ms for 10,000 ids instead of a few.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static Dictionary<string, FactLocation> Read(ReadOnlySpan<byte> ids)
        {
            var index = new Dictionary<string, FactLocation>(ids.IsEmpty ? 0 : Number(ref ids), StringComparer.Ordinal);
            while (!ids.IsEmpty)
            {
                var kind = Number(ref ids);
                var chunk = Number(ref ids);
                var count = Number(ref ids);
                for (var slot = 0; slot < count; slot++)
                {
                    index.TryAdd(System.Text.Encoding.ASCII.GetString(FactReader.Token(ref ids)), new FactLocation(null, kind, chunk, slot));
                }
            }

            return index;

            static int Number(ref ReadOnlySpan<byte> data) =>
                System.Buffers.Text.Utf8Parser.TryParse(FactReader.Token(ref data), out int value, out _) ? value : 0;
        }

        public Index(FactChunk[] chunks)
        {
            var count = 0;
            foreach (var chunk in chunks)
            {
                count += chunk.Count;
            }

            ById = new Dictionary<string, FactLocation>(count, StringComparer.Ordinal);
            foreach (var chunk in chunks)
            {
                chunk.AddIds(ById);
            }

        }

        public Dictionary<string, FactLocation> ById { get; }

        public bool TryFind(string id, out FactLocation? location)
        {
            if (_frozen is { } frozen)
            {
                return frozen.TryGetValue(id, out location);
            }

            // Lookups in a loop earn the frozen index, built off their path; one-off queries never pay for it.
            if (++_lookups == 256)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static index => Volatile.Write(ref index._frozen, index.ById.ToFrozenDictionary(StringComparer.Ordinal)), this, preferLocal: false);
            }

            return ById.TryGetValue(id, out location);
        }

        public Fact[] CreateAll()
        {
            var all = new Fact[ById.Count];
            var i = 0;
            foreach (var location in ById.Values)
            {
                all[i++] = location.Chunk(_resolver).Get(location.Slot);
            }

            Array.Sort(all, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
            return all;
        }
    }
}
