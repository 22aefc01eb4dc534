using System;
using System.Collections;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading;

namespace FactBase;

/// <summary>The facts of one kind (and of the kinds that extend it), in id order, with lookup by id.</summary>
/// <typeparam name="T">The kind's generated class.</typeparam>
public sealed class FactCollection<T> : IReadOnlyList<T>
    where T : Fact
{
    private readonly Func<IEnumerable<T>>? _load;
    private T[]? _facts;
    private FrozenDictionary<string, T>? _byId;

    /// <summary>A collection of the given facts, in the given order.</summary>
    public FactCollection(T[] facts) => _facts = facts;

    /// <summary>A collection of the facts <paramref name="load"/> gives, in its order, called once, on first use.</summary>
    public FactCollection(Func<IEnumerable<T>> load) => _load = load;

    /// <inheritdoc />
    public int Count => Facts.Length;

    /// <inheritdoc />
    public T this[int index] => Facts[index];

    /// <summary>The fact with this id; throws when there is none.</summary>
    public T this[string id] => Find(id) ?? throw new KeyNotFoundException($"No {typeof(T).Name} has the id '{id}'.");

    /// <summary>The fact with this id, or null.</summary>
    public T? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>Whether a fact of this collection has the id.</summary>
    public bool Contains(string id) => ById.ContainsKey(id);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Facts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T[] Facts => _facts ?? LazyInitializer.EnsureInitialized(ref _facts, () => [.. _load!()]);

    // Built on first lookup: most programs enumerate or use the typed properties, and never pay for it.
    private FrozenDictionary<string, T> ById => _byId ??= BuildIndex();

    private FrozenDictionary<string, T> BuildIndex()
    {
        var index = new Dictionary<string, T>(Facts.Length, StringComparer.Ordinal);
        foreach (var fact in Facts)
        {
            index[fact.Id] = fact;
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
