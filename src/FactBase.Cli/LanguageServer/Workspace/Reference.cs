using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// A fact's id written in another fact: in a field (<see cref="Field"/> is its name), or in a citation
/// (<c>sources</c> for its source, <c>sources.by</c> for who makes the claim); where it is written.
/// </summary>
/// <see cref="WantedKind"/> is the kind the place takes (its kinds' descendants too); null where any fact will do.
internal readonly record struct Reference(FactSummary From, string TargetId, string Field, SourceSpan Span, string? WantedKind)
{
    public const string Source = "sources";
    public const string By = "sources.by";

    /// <summary>Every id the fact writes, in field order, then its citations'.</summary>
    public static System.Collections.Generic.IEnumerable<Reference> Of(FactSummary fact, KindSchema kinds)
    {
        foreach (var reference in fact.Refs)
        {
            yield return new Reference(fact, reference.TargetId, reference.Field, reference.Span, reference.WantedKind);
        }

        var sourceKind = kinds.Find(RefResolver.SourceKind) is null ? null : RefResolver.SourceKind;
        foreach (var citation in fact.Citations)
        {
            yield return new Reference(fact, citation.Source.Id, Source, citation.Source.Span, sourceKind);
            if (citation.By is { } by)
            {
                yield return new Reference(fact, by.Id, By, by.Span, null);
            }
        }
    }
}
