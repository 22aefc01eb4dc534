using System;
using System.Collections.Generic;
using System.Linq;

namespace FactBase;

/// <summary>Links: following refs both ways, and the facts a chain of them reaches.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>The facts whose fields refer to <paramref name="fact"/>, with the field of each ref.</summary>
    public IReadOnlyList<Backlink> ReferencesTo(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.ReferencedBy;
    }

    /// <summary>
    /// Every ref between <paramref name="fact"/> and another fact, both ways: first the fact's own
    /// refs (outgoing, by the id of the fact referred to), then the refs to it (incoming, as
    /// <see cref="Fact.ReferencedBy"/> lists them).
    /// </summary>
    public IReadOnlyList<Link> LinksOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var outgoing = Outgoing.GetValueOrDefault(fact.Id, []);
        var incoming = fact.ReferencedBy
            .Select(b => Find(b.From.Id) is { } from ? new Link(from, b.Field, LinkDirection.Incoming) : (Link?)null)
            .OfType<Link>();
        return [.. outgoing, .. incoming];
    }

    /// <summary>
    /// The facts reached from <paramref name="start"/> by following, again and again, the links
    /// <paramref name="follow"/> accepts; nearest first, each once, without <paramref name="start"/>.
    /// With the <c>after</c> refs to a fact and its own <c>before</c> refs, everything later than it.
    /// </summary>
    public IReadOnlyList<Fact> Reachable(Fact start, Func<Link, bool> follow)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(follow);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var reached = new List<Fact>();
        var queue = new Queue<Fact>([start]);
        while (queue.TryDequeue(out var fact))
        {
            foreach (var link in LinksOf(fact).Where(follow))
            {
                if (seen.Add(link.Other.Id))
                {
                    reached.Add(link.Other);
                    queue.Enqueue(link.Other);
                }
            }
        }

        return reached;
    }
}
