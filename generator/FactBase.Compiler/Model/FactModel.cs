using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Model;

/// <summary>How sure a source is of what it says about a fact.</summary>
public enum CitationStatus
{
    Reported,
    Confirmed,
    Unconfirmed,
    Disputed,
    Denied,
}

/// <summary>A field's checked value; fields left out of the front matter are absent from the list.</summary>
public readonly record struct FieldValue(string Name, Value Value, SourceSpan Span);

/// <summary>Where a fact's claim comes from: a source, its words, and who makes the claim.</summary>
public readonly record struct CitationModel(RefValue Source, string? Quote, CitationStatus Status, RefValue? By, string? Note);

/// <summary>A ref pointing at a fact: which fact, and through which field.</summary>
public readonly record struct BacklinkModel(string FromId, string Field);

/// <summary>A checked fact: its kind, its typed fields, its citations, its body and what points at it.</summary>
public sealed record FactModel(
    string Id,
    string Kind,
    string Path,
    string RelativePath,
    SourceSpan IdSpan,
    EquatableArray<FieldValue> Fields,
    EquatableArray<CitationModel> Sources,
    Body Body,
    EquatableArray<BacklinkModel> Backlinks);
