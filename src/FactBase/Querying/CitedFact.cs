namespace FactBase;

/// <summary>A citation, with the fact it supports.</summary>
/// <param name="Fact">The fact the citation supports.</param>
/// <param name="Citation">The citation: source, quote, status, claimant, note.</param>
public readonly record struct CitedFact(Fact Fact, Citation Citation);
