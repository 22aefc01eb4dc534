using System;
using System.Collections.Generic;
using System.Linq;

namespace FactBase;

/// <summary>Queries over refs, so <c>petition.After.Contains(outrage)</c> and <c>agency.Parent.Is(dhs)</c> read as they mean.</summary>
public static class RefExtensions
{
    /// <summary>Whether one of the refs names <paramref name="fact"/>.</summary>
    public static bool Contains<T>(this IEnumerable<Ref<T>> refs, Fact? fact)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(refs);
        return fact is not null && refs.Any(r => r.Id == fact.Id);
    }

    /// <summary>
    /// Whether an optional ref is set and names <paramref name="fact"/>: <c>organization.Parent.Is(dhs)</c>.
    /// (An operator cannot do it: <c>parent == null</c> would become ambiguous.)
    /// </summary>
    public static bool Is<T>(this Ref<T>? reference, Fact? fact)
        where T : Fact => reference is { } set && set.Is(fact);

    /// <summary>The facts the refs name, in order.</summary>
    public static IEnumerable<T> Values<T>(this IEnumerable<Ref<T>> refs)
        where T : Fact => refs.Select(r => r.Value);
}
