using System.Collections.Generic;
using System.Text.Json;

namespace FactBase.Cli.LanguageServer.Protocol;

internal sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders,
    ClientCapabilities? Capabilities,
    JsonElement? InitializationOptions);

internal sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>The few client capabilities the server reads; the rest of what the client sends is ignored.</summary>
internal sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace, TextDocumentClientCapabilities? TextDocument, WindowClientCapabilities? Window);

internal sealed record WorkspaceClientCapabilities(WorkspaceEditClientCapabilities? WorkspaceEdit);

internal sealed record WorkspaceEditClientCapabilities(bool? DocumentChanges, IReadOnlyList<string>? ResourceOperations);

internal sealed record TextDocumentClientCapabilities(CompletionClientCapabilities? Completion, RenameClientCapabilities? Rename);

internal sealed record CompletionClientCapabilities(CompletionItemClientCapabilities? CompletionItem);

internal sealed record CompletionItemClientCapabilities(bool? SnippetSupport);

internal sealed record RenameClientCapabilities(bool? PrepareSupport);

internal sealed record WindowClientCapabilities(bool? WorkDoneProgress);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record ServerInfo(string Name, string? Version);

/// <summary>What the server offers. <see cref="RenameProvider"/> is <c>true</c>, or <see cref="RenameOptions"/> for a client that can prepare a rename.</summary>
internal sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    object RenameProvider,
    CodeActionOptions CodeActionProvider);

internal enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

internal sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions Save);

internal sealed record SaveOptions(bool IncludeText);

internal sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

internal sealed record RenameOptions(bool PrepareProvider);

internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
