using System.Collections.Generic;

namespace FactBase.Cli.LanguageServer.Protocol;

internal sealed record Hover(MarkupContent Contents, Range? Range);

internal sealed record ReferenceContext(bool IncludeDeclaration);

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

internal enum SymbolKind
{
    File = 1,
    Class = 5,
    Property = 7,
    Field = 8,
    String = 15,
    Array = 18,
    Object = 19,
    Key = 20,
}

internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>A symbol in a document: <see cref="Range"/> covers it all, <see cref="SelectionRange"/> its name.</summary>
internal sealed record DocumentSymbol(string Name, string? Detail, SymbolKind Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

internal sealed record WorkspaceSymbolParams(string Query);

internal sealed record SymbolInformation(string Name, SymbolKind Kind, Location Location, string? ContainerName);
