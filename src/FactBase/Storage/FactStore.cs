using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace FactBase.Storage;

/// <summary>Creates a fact from its record; generated once per kind.</summary>
/// <param name="reader">The reader, at the record's first field after the id and path.</param>
/// <param name="id">The fact's id.</param>
/// <param name="path">The fact's file.</param>
/// <returns>The fact.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate Fact FactFactory(ref FactReader reader, string id, string path);

/// <summary>The store of the kind numbered <paramref name="kind"/>; generated once, in the Kb class.</summary>
/// <param name="kind">The kind's number in the records.</param>
/// <returns>The store.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate FactStore FactStoreResolver(int kind);

/// <summary>
/// The facts of one kind, in id order, stored as records and created one by one on first use,
/// each exactly once (so a fact is the same object however it is reached). Generated code declares
/// one per kind; the knowledge base indexes them by id without creating facts.
/// For generated code; not for use by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactStore
{
    private readonly Fact?[] _facts;
    private readonly KnowledgeBase? _knowledgeBase;
    private readonly FactRecords? _records;
    private readonly FactFactory? _factory;
    private readonly int _kind;

    internal FactStore(KnowledgeBase knowledgeBase, FactRecords records, int kind, FactFactory factory)
    {
        _knowledgeBase = knowledgeBase;
        _records = records;
        _kind = kind;
        _factory = factory;
        _facts = new Fact?[records.Count(kind)];
    }

    private FactStore(Fact[] facts) => _facts = facts;

    /// <summary>How many facts the store holds.</summary>
    public int Count => _facts.Length;

    /// <summary>The fact at <paramref name="index"/>, created on first use.</summary>
    /// <param name="index">The fact's place among its kind's facts, in id order.</param>
    /// <returns>The fact.</returns>
    public Fact Get(int index) => _facts[index] ?? Create(index);

    /// <summary>The facts, in order, as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The kind's class.</typeparam>
    /// <returns>The facts.</returns>
    public IEnumerable<T> All<T>()
        where T : Fact
    {
        for (var index = 0; index < Count; index++)
        {
            yield return (T)Get(index);
        }
    }

    /// <summary>A store of facts already created: what the knowledge base indexes when given facts rather than records.</summary>
    internal static FactStore Of(Fact[] facts) => new(facts);

    /// <summary>Adds each fact's id and place to <paramref name="index"/>: for stores of facts already created.</summary>
    internal void AddIds(Dictionary<string, FactLocation> index)
    {
        for (var i = 0; i < _facts.Length; i++)
        {
            index.TryAdd(_facts[i]!.Id, new FactLocation(this, 0, i));
        }
    }

    private Fact Create(int index)
    {
        var rest = _records!.Record(_kind, index);
        var record = FactReader.Token(ref rest);
        var reader = new FactReader(record, _knowledgeBase!);
        var id = reader.String();
        var path = reader.String();
        var fact = _factory!(ref reader, id, path);
        return Interlocked.CompareExchange(ref _facts[index], fact, null) ?? fact;
    }
}

/// <summary>
/// Where a fact is stored: its kind's store and its index there, the store found on first use. A
/// class, not a struct, on purpose: the id index is then a Dictionary of reference types, whose code
/// the runtime ships precompiled; a struct value would make the first query JIT the whole dictionary.
/// </summary>
internal sealed class FactLocation(FactStore? store, int kind, int index)
{
    private FactStore? _store = store;

    // The fact once created, so that a lookup by id reads it here and not through its store.
    // Every thread that sets it sets the same object: the store creates each fact once.
    private Fact? _fact;

    public FactStore Store(FactStoreResolver? resolver) => _store ??= resolver!(kind);

    /// <summary>The fact stored here, created on first use.</summary>
    public Fact Fact(FactStoreResolver? resolver) => _fact ??= Store(resolver).Get(index);
}
