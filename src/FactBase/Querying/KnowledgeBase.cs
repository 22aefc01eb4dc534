using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using FactBase.Storage;

namespace FactBase;

/// <summary>
/// Every fact of a knowledge base, indexed by id: lookup and kinds (here), links
/// (<c>KnowledgeBase.Links.cs</c>), time (<c>.Time.cs</c>), provenance (<c>.Provenance.cs</c>)
/// and text search (<c>.Search.cs</c>). Generated code creates one, as <c>Kb.Base</c>, and
/// forwards these queries from <c>Kb</c>; the facts are created on first use, each alone, not at start-up.
/// </summary>
public sealed partial class KnowledgeBase
{
    private readonly Func<FactStore>? _load;
    private readonly Assembly? _assembly;
    private readonly string? _stamp;
    private readonly FactStoreResolver? _resolver;
    private FactRecords? _records;
    private FactStore?[]? _stores;
    private Index? _index;
    private Fact[]? _all;
    private FrozenDictionary<string, Link[]>? _outgoing;

    /// <summary>A knowledge base over the facts <paramref name="load"/> gives, called once, on first use.</summary>
    public KnowledgeBase(Func<IEnumerable<Fact>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = () => FactStore.Of([.. load()]);
    }

    /// <summary>
    /// A knowledge base over the records the build step stored in <paramref name="assembly"/>, for
    /// generated code compiled with <paramref name="stamp"/>: <paramref name="stores"/> finds each
    /// kind's store. Lookup by id reads the records' id table alone, then creates only the fact found;
    /// no other kind is touched.
    /// </summary>
    public KnowledgeBase(Assembly assembly, string stamp, FactStoreResolver stores)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(stores);
        _assembly = assembly;
        _stamp = stamp;
        _resolver = stores;
    }

    /// <summary>A knowledge base over records in hand: for tests of the records' layout.</summary>
    internal KnowledgeBase(FactRecords records, FactStoreResolver stores)
    {
        _records = records;
        _resolver = stores;
    }

    /// <summary>The store of the facts of the kind numbered <paramref name="kind"/>, which <paramref name="read"/> creates; for generated code.</summary>
    /// <param name="kind">The kind's number in the records.</param>
    /// <param name="read">The kind's reader.</param>
    /// <returns>The store, the same on every call.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public FactStore Store(int kind, FactFactory read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var records = Records;
        var stores = _stores ?? LazyInitializer.EnsureInitialized(ref _stores, () => new FactStore?[records.KindCount]);
        return stores[kind] ?? Interlocked.CompareExchange(ref stores[kind], new FactStore(this, records, kind, read), null) ?? stores[kind]!;
    }

    private FactRecords Records => _records ?? LazyInitializer.EnsureInitialized(ref _records, () => FactRecords.Load(_assembly!, _stamp!));

    /// <summary>Every fact, in id order. Creates every fact.</summary>
    public IReadOnlyList<Fact> Facts => _all ?? LazyInitializer.EnsureInitialized(ref _all, () => Loaded.CreateAll());

    /// <summary>The fact with this id, or null.</summary>
    public Fact? Find(string id) => Loaded.TryFind(id, out var location) ? location!.Fact(_resolver) : null;

    /// <summary>The fact with this id, of kind <typeparamref name="T"/>; throws when there is none.</summary>
    public T Get<T>(string id)
        where T : Fact =>
        Find(id) is { } fact
            ? fact as T ?? throw new InvalidCastException($"The fact '{id}' is a {fact.Kind}, not a {typeof(T).Name}.")
            : throw new KeyNotFoundException($"No fact has the id '{id}'.");

    /// <summary>The facts of a kind's class, including kinds that extend it, in id order.</summary>
    public IEnumerable<T> OfKind<T>()
        where T : Fact => Facts.OfType<T>();

    /// <summary>Each fact's refs to other facts, by the id of the fact holding them. Creates every fact.</summary>
    private FrozenDictionary<string, Link[]> Outgoing => _outgoing ?? LazyInitializer.EnsureInitialized(ref _outgoing, () => InvertBacklinks(Facts));

    private Index Loaded => _index ?? LazyInitializer.EnsureInitialized(ref _index, () => _load is not null ? new Index(_load()) : new Index(Records, _resolver!));

    // The build computes each ref once, as a backlink on the fact referred to; turning those
    // around gives every fact's outgoing refs without reflection and without emitting them twice.
    private FrozenDictionary<string, Link[]> InvertBacklinks(IReadOnlyList<Fact> all)
    {
        var outgoing = new Dictionary<string, List<Link>>(StringComparer.Ordinal);
        foreach (var target in all)
        {
            foreach (var backlink in target.ReferencedBy)
            {
                if (!Loaded.TryFind(backlink.From.Id, out _))
                {
                    continue;
                }

                if (!outgoing.TryGetValue(backlink.From.Id, out var links))
                {
                    outgoing[backlink.From.Id] = links = [];
                }

                links.Add(new Link(target, backlink.Field, LinkDirection.Outgoing));
            }
        }

        return outgoing.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Ids to places in the kinds' stores, built from the records' id table alone: the facts themselves wait for their first use.
    /// The first query gets a plain dictionary, quick to build; a frozen one, quicker to read but slower
    /// to build, replaces it off the query's path, on the thread pool.
    /// </summary>
    private sealed class Index
    {
        /// <summary>Lookups answered by scanning the id list before the dictionary is built.</summary>
        private const int ScannedLookups = 8;

        private FrozenIds? _frozen;
        private Dictionary<string, FactLocation>? _byId;
        private int _lookups;

        private readonly FactStoreResolver? _resolver;
        private readonly FactRecords? _records;

        /// <summary>
        /// The index of the records' id table: the count of ids, then per kind its number, its count
        /// and its ids. The first lookups scan the table's bytes, which allocates nothing, so the first
        /// query of a process does not wait for 10,000 strings to be made and hashed; the dictionary
        /// is built at the lookup after them.
        /// </summary>
        public Index(FactRecords records, FactStoreResolver resolver)
        {
            _records = records;
            _resolver = resolver;
        }

        // Runs once, over every id: compiled optimized at once, since in tier-0 code this loop
        // takes several times as long (docs/performance.md).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static Dictionary<string, FactLocation> Read(ReadOnlySpan<byte> ids)
        {
            var index = new Dictionary<string, FactLocation>(ids.IsEmpty ? 0 : Number(ref ids), StringComparer.Ordinal);
            while (!ids.IsEmpty)
            {
                var kind = Number(ref ids);
                var count = Number(ref ids);
                for (var i = 0; i < count; i++)
                {
                    index.TryAdd(System.Text.Encoding.ASCII.GetString(FactReader.Token(ref ids)), new FactLocation(null, kind, i));
                }
            }

            return index;
        }

        /// <summary>The id's place, found by comparing bytes along the list; null when it is not there.</summary>
        /// <remarks>
        /// Compiled without optimization, and never recompiled: it runs for the first few lookups of a
        /// process, and compiling it optimized (up front, or on-stack while it loops) costs more than the
        /// unoptimized loop over every id takes (docs/performance.md).
        /// </remarks>
        [MethodImpl(MethodImplOptions.NoOptimization)]
        private static FactLocation? Scan(ReadOnlySpan<byte> ids, string id)
        {
            if (!ids.IsEmpty)
            {
                Number(ref ids);
            }

            while (!ids.IsEmpty)
            {
                var kind = Number(ref ids);
                var count = Number(ref ids);
                for (var i = 0; i < count; i++)
                {
                    // Ids are ASCII: a string with anything else equals none of them.
                    if (System.Text.Ascii.Equals(FactReader.Token(ref ids), id))
                    {
                        return new FactLocation(null, kind, i);
                    }
                }
            }

            return null;
        }

        private static int Number(ref ReadOnlySpan<byte> data) =>
            System.Buffers.Text.Utf8Parser.TryParse(FactReader.Token(ref data), out int value, out _) ? value : 0;

        public Index(FactStore facts)
        {
            _byId = new Dictionary<string, FactLocation>(facts.Count, StringComparer.Ordinal);
            facts.AddIds(_byId);
        }

        public Dictionary<string, FactLocation> ById => _byId ?? LazyInitializer.EnsureInitialized(ref _byId, () => Read(_records!.Ids));

        public bool TryFind(string id, out FactLocation? location)
        {
            if (_frozen is { } frozen)
            {
                return frozen.TryGetValue(id, out location);
            }

            // The first lookups scan the bytes; the dictionary comes with the lookups after them.
            if (_byId is null && Interlocked.Increment(ref _lookups) <= ScannedLookups)
            {
                location = Scan(_records!.Ids, id);
                return location is not null;
            }

            return FindIndexed(id, out location);
        }

        // Apart from TryFind, so that compiling it for the first query, which scans, does not load
        // the types of the index it builds and of the thread pool, which it does not use yet.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool FindIndexed(string id, out FactLocation? location)
        {
            // Lookups in a loop earn the frozen index, built off their path; one-off queries never pay for it.
            if (++_lookups == 256)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static index => Volatile.Write(ref index._frozen, new FrozenIds(index.ById.ToFrozenDictionary(StringComparer.Ordinal))), this, preferLocal: false);
            }

            return ById.TryGetValue(id, out location);
        }

        /// <summary>
        /// The frozen dictionary behind a type of this assembly: compiling TryFind for the first query
        /// reads the field that holds it, and a field of the frozen dictionary's own type loaded its
        /// assembly and types there, in the first query's time. Optimized lookups inline the call.
        /// </summary>
        private sealed class FrozenIds(FrozenDictionary<string, FactLocation> ids)
        {
            public bool TryGetValue(string id, out FactLocation? location) => ids.TryGetValue(id, out location);
        }

        public Fact[] CreateAll()
        {
            var all = new Fact[ById.Count];
            var i = 0;
            foreach (var location in ById.Values)
            {
                all[i++] = location.Fact(_resolver);
            }

            Array.Sort(all, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
            return all;
        }
    }
}
