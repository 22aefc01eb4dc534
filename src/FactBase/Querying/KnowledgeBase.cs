using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace FactBase;

/// <summary>
/// Every fact of a knowledge base, indexed by id: lookup and kinds (here), links
/// (<c>KnowledgeBase.Links.cs</c>), time (<c>.Time.cs</c>), provenance (<c>.Provenance.cs</c>)
/// and text search (<c>.Search.cs</c>). Generated code creates one, as <c>Kb.Base</c>, and
/// forwards these queries from <c>Kb</c>; the facts are created on first use, not at start-up.
/// </summary>
public sealed partial class KnowledgeBase
{
    private readonly Func<IEnumerable<Fact>> _load;
    private Index? _index;

    /// <summary>A knowledge base over the facts <paramref name="load"/> gives, called once, on first use.</summary>
    public KnowledgeBase(Func<IEnumerable<Fact>> load) => _load = load;

    /// <summary>Every fact, in id order.</summary>
    public IReadOnlyList<Fact> Facts => Loaded.All;

    /// <summary>The fact with this id, or null.</summary>
    public Fact? Find(string id) => Loaded.ById.GetValueOrDefault(id);

    /// <summary>The fact with this id, of kind <typeparamref name="T"/>; throws when there is none.</summary>
    public T Get<T>(string id)
        where T : Fact =>
        Loaded.ById.TryGetValue(id, out var fact)
            ? fact as T ?? throw new InvalidCastException($"The fact '{id}' is a {fact.Kind}, not a {typeof(T).Name}.")
            : throw new KeyNotFoundException($"No fact has the id '{id}'.");

    /// <summary>The facts of a kind's class, including kinds that extend it, in id order.</summary>
    public IEnumerable<T> OfKind<T>()
        where T : Fact => Facts.OfType<T>();

    private Index Loaded => _index ?? LazyInitializer.EnsureInitialized(ref _index, () => new Index(_load()));

    private sealed class Index
    {
        public Index(IEnumerable<Fact> facts)
        {
            All = [.. facts.OrderBy(f => f.Id, StringComparer.Ordinal)];
            ById = All.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
            Outgoing = InvertBacklinks(All, ById);
        }

        public Fact[] All { get; }

        public FrozenDictionary<string, Fact> ById { get; }

        /// <summary>Each fact's refs to other facts, by the id of the fact holding them.</summary>
        public FrozenDictionary<string, Link[]> Outgoing { get; }

        // The build computes each ref once, as a backlink on the fact referred to; turning those
        // around gives every fact's outgoing refs without reflection and without emitting them twice.
        private static FrozenDictionary<string, Link[]> InvertBacklinks(Fact[] all, FrozenDictionary<string, Fact> byId)
        {
            var outgoing = new Dictionary<string, List<Link>>(StringComparer.Ordinal);
            foreach (var target in all)
            {
                foreach (var backlink in target.ReferencedBy)
                {
                    if (!byId.ContainsKey(backlink.From.Id))
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
    }
}
