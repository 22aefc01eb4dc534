using System.Collections.Generic;

namespace FactBase;

/// <summary>
/// A fact of the knowledge base. Generated code derives one class per kind. Facts are
/// unique by id, so a fact equals only itself: records' structural equality would walk
/// refs and lists for nothing.
/// </summary>
public abstract class Fact
{
    /// <summary>The fact's id: lower-case kebab-case, unique across the knowledge base.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the fact's kind, as written in its front matter.</summary>
    public required string Kind { get; init; }

    /// <summary>The Markdown file the fact comes from, relative to the content root's parent (<c>content/people/ryan.md</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The citations the fact rests on.</summary>
    public IReadOnlyList<Citation> Sources { get; init; } = [];

    /// <summary>The fact's Markdown body, compiled at build time.</summary>
    public FactBody Body { get; init; } = FactBody.Empty;

    /// <summary>
    /// Every date the fact's fields give, in the order written, with the field of each: what time
    /// queries (<see cref="KnowledgeBase.AsOf"/>, <see cref="KnowledgeBase.During(PartialDate)"/>) look at.
    /// Filled at build time, so no query needs reflection.
    /// </summary>
    public IReadOnlyList<FactDate> Dates { get; init; } = [];

    /// <summary>Every ref to this fact from another fact's fields, computed at build time.</summary>
    public IReadOnlyList<Backlink> ReferencedBy { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}";
}
