using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;

namespace FactBase.Compiler.Schema;

/// <summary>A field of a kind, as declared: its type, whether it may be left out, its documentation.</summary>
public sealed record FieldDefinition(string Name, FieldType Type, bool Optional, string? Doc, SourceSpan Span)
{
    public string Display => Type.Display + (Optional ? "?" : string.Empty);
}

/// <summary>
/// A kind, as declared in kinds/&lt;id&gt;.md: the schema its facts are checked against.
/// <see cref="BrokenFields"/> names fields whose declaration has an error already reported:
/// facts may use them without a second error for each.
/// </summary>
public sealed record KindDefinition(
    string Id,
    string Plural,
    string? Extends,
    string Doc,
    EquatableArray<FieldDefinition> Fields,
    string Path,
    SourceSpan Span,
    SourceSpan ExtendsSpan,
    EquatableArray<string> BrokenFields = default)
{
    /// <summary>
    /// The kind's claim to its id, which decides, with the others', which file keeps an id two give.
    /// A kind keeps its full path alone, which orders the kind files as their relative paths would.
    /// </summary>
    public IdClaim IdClaim => new(Id, Path, Path, Span);
}
