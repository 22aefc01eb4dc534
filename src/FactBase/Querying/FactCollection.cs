using System;
using System.Collections;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace FactBase;

/// <summary>The facts of one kind (and of the kinds that extend it), in id order, with lookup by id.</summary>
/// <typeparam name="T">The kind's generated class.</typeparam>
public sealed class FactCollection<T> : IReadOnlyList<T>
    where T : Fact
{
    private readonly T[] _facts;
    private FrozenDictionary<string, T>? _byId;

    /// <summary>A collection of the given facts, in the given order.</summary>
    public FactCollection(T[] facts) => _facts = facts;

    /// <inheritdoc />
    public int Count => _facts.Length;

    /// <inheritdoc />
    public T this[int index] => _facts[index];

    /// <summary>The fact with this id; throws when there is none.</summary>
    public T this[string id] => Find(id) ?? throw new KeyNotFoundException($"No {typeof(T).Name} has the id '{id}'.");

    /// <summary>The fact with this id, or null.</summary>
    public T? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>Whether a fact of this collection has the id.</summary>
    public bool Contains(string id) => ById.ContainsKey(id);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_facts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Built on first lookup: most programs enumerate or use the typed properties, and never pay for it.
    private FrozenDictionary<string, T> ById => _byId ??= BuildIndex();

    private FrozenDictionary<string, T> BuildIndex()
    {
        var index = new Dictionary<string, T>(_facts.Length, StringComparer.Ordinal);
        foreach (var fact in _facts)
        {
            index[fact.Id] = fact;
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
