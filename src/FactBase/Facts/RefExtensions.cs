using System;
using System.Collections.Generic;
using System.Linq;

namespace FactBase;

/// <summary>Queries over lists of refs, so <c>petition.After.Contains(outrage)</c> reads as it means.</summary>
public static class RefExtensions
{
    /// <summary>Whether one of the refs names <paramref name="fact"/>.</summary>
    public static bool Contains<T>(this IEnumerable<Ref<T>> refs, Fact? fact)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(refs);
        return fact is not null && refs.Any(r => r.Id == fact.Id);
    }

    /// <summary>The facts the refs name, in order.</summary>
    public static IEnumerable<T> Values<T>(this IEnumerable<Ref<T>> refs)
        where T : Fact => refs.Select(r => r.Value);
}
