using System.Text.Json.Serialization;

namespace FactBase.Cli.LanguageServer.Protocol;

// The Language Server Protocol's types (version 3.17), as far as `factbase lsp` uses them: the
// files of this folder are the one place they are declared. Names and shapes follow the
// specification; properties are serialized in camelCase (LspJson), nulls left out unless the
// specification wants them written.

/// <summary>A place in a document: a zero-based line, and a zero-based offset in UTF-16 code units.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>From <see cref="Start"/> up to, not including, <see cref="End"/>.</summary>
internal sealed record Range(Position Start, Position End);

internal sealed record Location(string Uri, Range Range);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>A document and its version, null for a document the client does not have open.</summary>
internal sealed record OptionalVersionedTextDocumentIdentifier(
    string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record TextEdit(Range Range, string NewText);

/// <summary>Text for a person to read, as <c>markdown</c> or <c>plaintext</c>.</summary>
internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
