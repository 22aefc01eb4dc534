using System.Collections.Generic;

namespace FactBase.Cli.LanguageServer.Syntax;

/// <summary>Whether the cursor is on a key, on a value, or on neither.</summary>
internal enum SpotKind
{
    None,
    Key,
    Value,
}

/// <summary>
/// What the cursor is on in a file's front matter: a key or a value, of which top-level key
/// (<see cref="Field"/>; "" for a key not typed yet), and, inside <c>sources:</c>, of which key of the
/// citation (<see cref="CitationKey"/>: null for a bare source id or a key not typed yet). Offsets are
/// into the document's text: <see cref="TokenStart"/>..<see cref="TokenEnd"/> is the word a completion
/// replaces, <see cref="ValueStart"/>..<see cref="ValueEnd"/> the whole scalar, quotes left out.
/// </summary>
internal sealed record Spot(
    SpotKind Kind,
    string Field,
    bool InSources,
    string? CitationKey,
    bool IsItem,
    int TokenStart,
    int TokenEnd,
    string Token,
    int ValueStart,
    int ValueEnd,
    string Value,
    IReadOnlyCollection<string> SiblingKeys);
