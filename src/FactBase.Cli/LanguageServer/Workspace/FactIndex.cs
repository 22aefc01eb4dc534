using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using FactBase.Compiler.Model;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// The facts by id: a snapshot's, with the facts of the files changed since in place of the ones
/// those files held. As the link does, the first file by path keeps an id another file also
/// claims; <see cref="HasClash"/> says whether a changed file made such a clash.
/// </summary>
internal sealed class FactIndex : IReadOnlyDictionary<string, FactSummary>
{
    private readonly Snapshot _snapshot;
    private readonly Dictionary<string, FactSummary> _base;
    private readonly HashSet<string> _moved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactSummary> _added = new(StringComparer.Ordinal);

    public FactIndex(Snapshot snapshot, IReadOnlyDictionary<string, ChangedFile?> changed)
    {
        _snapshot = snapshot;
        _base = snapshot.FactsById;
        foreach (var path in changed.Keys)
        {
            // The ids the changed files held are theirs no longer (they may take them again, below).
            if (snapshot.Results.GetValueOrDefault(path)?.FactSummary is { } held && _base.GetValueOrDefault(held.Id) == held)
            {
                _moved.Add(held.Id);
            }
        }

        foreach (var file in changed.Values)
        {
            if (file?.Summary is not { } fact)
            {
                continue;
            }

            FactSummary? other = _added.GetValueOrDefault(fact.Id);
            if (other is null && !_moved.Contains(fact.Id))
            {
                other = _base.GetValueOrDefault(fact.Id);
            }

            if (other is not null)
            {
                HasClash = true;
                if (string.CompareOrdinal(other.RelativePath, fact.RelativePath) < 0)
                {
                    continue;
                }
            }

            _added[fact.Id] = fact;
        }
    }

    public bool HasClash { get; }

    /// <summary>
    /// The ids of the facts of <paramref name="kind"/> and of the kinds that extend it: a "did you
    /// mean" searches these, and the snapshot keeps them by kind, so that an edit's search does
    /// not walk every fact.
    /// </summary>
    public IEnumerable<string> IdsOf(string kind)
    {
        foreach (var each in _snapshot.Kinds.SelfAndDescendants(kind))
        {
            foreach (var id in _snapshot.IdsOfOwnKind(each))
            {
                if (!_moved.Contains(id) && !_added.ContainsKey(id))
                {
                    yield return id;
                }
            }
        }

        foreach (var fact in _added.Values)
        {
            if (_snapshot.Kinds.IsA(fact.Kind, kind))
            {
                yield return fact.Id;
            }
        }
    }

    /// <summary>Counted by walking them: nothing on the editor's paths asks.</summary>
    public int Count => System.Linq.Enumerable.Count(this);

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var pair in this)
            {
                yield return pair.Key;
            }
        }
    }

    public IEnumerable<FactSummary> Values
    {
        get
        {
            foreach (var pair in this)
            {
                yield return pair.Value;
            }
        }
    }

    public FactSummary this[string key] => TryGetValue(key, out var fact) ? fact : throw new KeyNotFoundException(key);

    public FactSummary? Find(string id) => TryGetValue(id, out var fact) ? fact : null;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out FactSummary value)
    {
        if (_added.TryGetValue(key, out value))
        {
            return true;
        }

        if (_moved.Contains(key))
        {
            value = null;
            return false;
        }

        return _base.TryGetValue(key, out value);
    }

    public IEnumerator<KeyValuePair<string, FactSummary>> GetEnumerator()
    {
        foreach (var pair in _base)
        {
            if (!_moved.Contains(pair.Key) && !_added.ContainsKey(pair.Key))
            {
                yield return pair;
            }
        }

        foreach (var pair in _added)
        {
            yield return pair;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

}
