using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactBase.Cli.LanguageServer.Protocol;

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

internal sealed record PrepareRenameResult(Range Range, string Placeholder);

/// <summary>
/// Edits to several documents, applied by the client as one: as <see cref="DocumentChanges"/> (which
/// may create and rename files) for a client that takes them, else as <see cref="Changes"/> by URI.
/// </summary>
internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes, IReadOnlyList<DocumentChange>? DocumentChanges);

/// <summary>One of a workspace edit's changes: a document's edits, a file created, or a file renamed.</summary>
[JsonConverter(typeof(DocumentChangeConverter))]
internal abstract record DocumentChange;

internal sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits) : DocumentChange;

internal sealed record CreateFileOptions(bool IgnoreIfExists, bool Overwrite);

internal sealed record CreateFile(string Uri, CreateFileOptions? Options) : DocumentChange
{
    public string Kind => "create";
}

internal sealed record RenameFile(string OldUri, string NewUri) : DocumentChange
{
    public string Kind => "rename";
}

internal sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic>? Diagnostics, bool IsPreferred, WorkspaceEdit Edit)
{
    public const string QuickFix = "quickfix";
}

/// <summary>The specification's unions are written as the change they hold (the <c>kind</c> tells them apart); the server never reads them.</summary>
internal sealed class DocumentChangeConverter : JsonConverter<DocumentChange>
{
    public override DocumentChange Read(ref Utf8JsonReader reader, System.Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("The server does not read workspace edits.");

    public override void Write(Utf8JsonWriter writer, DocumentChange value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
