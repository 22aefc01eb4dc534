using System;
using System.Collections.Generic;
using System.Linq;

namespace FactBase;

/// <summary>Provenance: the sources of a fact, the facts from a source, and who claims what, by status.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>The sources <paramref name="fact"/> cites, each once, optionally only those cited with a given status.</summary>
    public IReadOnlyList<Fact> SourcesOf(Fact fact, CitationStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return [.. fact.Sources
            .Where(c => status is null || c.Status == status)
            .Select(c => c.Source.Id)
            .Distinct(StringComparer.Ordinal)
            .Select(Find)
            .OfType<Fact>()];
    }

    /// <summary>The facts that cite <paramref name="source"/>, optionally only with a given status.</summary>
    public IEnumerable<Fact> CitingSource(Fact source, CitationStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Facts.Where(f => f.Sources.Any(c => c.Source.Id == source.Id && (status is null || c.Status == status)));
    }

    /// <summary>The facts with at least one citation of the given status (say, every unconfirmed claim).</summary>
    public IEnumerable<Fact> WithStatus(CitationStatus status) => Facts.Where(f => f.Sources.Any(c => c.Status == status));

    /// <summary>Every citation of the given status, with its fact: who claims it is the citation's <see cref="Citation.By"/>.</summary>
    public IEnumerable<CitedFact> CitationsWith(CitationStatus status) =>
        Facts.SelectMany(f => f.Sources.Where(c => c.Status == status).Select(c => new CitedFact(f, c)));

    /// <summary>The facts whose citations name <paramref name="claimant"/> as the one making the claim, optionally only with a given status.</summary>
    public IEnumerable<Fact> ClaimedBy(Fact claimant, CitationStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        return Facts.Where(f => f.Sources.Any(c => c.By?.Id == claimant.Id && (status is null || c.Status == status)));
    }
}
