namespace FactBase;

/// <summary>How sure a source is of what it says.</summary>
public enum CitationStatus
{
    /// <summary>The source reports it (the default).</summary>
    Reported,

    /// <summary>The party concerned confirmed it.</summary>
    Confirmed,

    /// <summary>Claimed, but nobody with knowledge confirmed it.</summary>
    Unconfirmed,

    /// <summary>Someone disputes it.</summary>
    Disputed,

    /// <summary>The party concerned denied it.</summary>
    Denied,
}

/// <summary>Where a fact comes from: a source, the words it rests on, and who makes the claim.</summary>
/// <param name="Source">The source fact (an article, a filing...).</param>
/// <param name="Quote">The source's words that the fact rests on, verbatim.</param>
/// <param name="Status">How sure the source is.</param>
/// <param name="By">Who makes the claim, when it is not the source itself.</param>
/// <param name="Note">A note on the citation.</param>
public sealed record Citation(Ref<Fact> Source, string? Quote, CitationStatus Status, Ref<Fact>? By, string? Note);
