using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;

namespace FactBase.Compiler.Model;

/// <summary>A ref written in a fact's field: the id it names, the kind the field wants, and where it is written.</summary>
public readonly record struct RefSummary(string Field, string TargetId, string WantedKind, SourceSpan Span);

/// <summary>The refs of a citation: its source and who makes the claim.</summary>
public readonly record struct CitationRefs(RefValue Source, RefValue? By);

/// <summary>
/// What linking needs of a fact, and nothing else: its id, kind and place, and its refs.
/// Editing a body or a value leaves the summary equal, so the link step stays cached.
/// </summary>
public sealed record FactSummary(
    string Id,
    string Kind,
    string Path,
    string RelativePath,
    SourceSpan IdSpan,
    EquatableArray<RefSummary> Refs,
    EquatableArray<CitationRefs> Citations)
{
    /// <summary>The fact's claim to its id, which decides, with the others', which file keeps an id two give.</summary>
    public IdClaim IdClaim => new(Id, Path, RelativePath, IdSpan);
}

/// <summary>
/// What the link step reads of one fact file: its fact's summary, or, when the file yielded no
/// fact, the file's relative path (<paramref name="Casualty"/>), whose name is an id refs to which
/// are not reported again: the file has its own error.
/// </summary>
public sealed record LinkEntry(FactSummary? Fact, string? Casualty);
