using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Features;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Workspace;
using StreamJsonRpc;

namespace FactBase.Cli.LanguageServer.Server;

/// <summary>
/// The requests: each answered from the latest analysis (completion, hover, definition and symbols,
/// which must be quick) or from the analysis of every change made before it (references, rename and
/// code actions, which name places in other files). A file outside the content gets an empty answer.
/// </summary>
internal sealed partial class LanguageServer
{
    [JsonRpcMethod(Methods.Completion)]
    public CompletionList OnCompletion(CompletionParams request) =>
        Answer(CompletionList.Empty, view => Completions.Complete(_session!, view, request.TextDocument.Uri, request.Position));

    [JsonRpcMethod(Methods.Hover)]
    public Hover? OnHover(TextDocumentPositionParams request) =>
        Answer(null, view => Hovers.Hover(_session!, view, request.TextDocument.Uri, request.Position));

    [JsonRpcMethod(Methods.Definition)]
    public IReadOnlyList<Location> OnDefinition(TextDocumentPositionParams request) =>
        Answer<IReadOnlyList<Location>>([], view => Definitions.Find(_session!, view, request.TextDocument.Uri, request.Position));

    [JsonRpcMethod(Methods.DocumentSymbol)]
    public IReadOnlyList<DocumentSymbol> OnDocumentSymbol(DocumentSymbolParams request) =>
        Answer<IReadOnlyList<DocumentSymbol>>([], view => Symbols.InDocument(_session!, view, request.TextDocument.Uri));

    [JsonRpcMethod(Methods.WorkspaceSymbol)]
    public IReadOnlyList<SymbolInformation> OnWorkspaceSymbol(WorkspaceSymbolParams request) =>
        Answer<IReadOnlyList<SymbolInformation>>([], view => Symbols.InWorkspace(_session!, view, request.Query ?? string.Empty));

    [JsonRpcMethod(Methods.References)]
    public Task<IReadOnlyList<Location>> OnReferences(ReferenceParams request, CancellationToken cancellation) =>
        AnswerFresh<IReadOnlyList<Location>>([], view => Backlinks.Find(_session!, view, request.TextDocument.Uri, request.Position, request.Context?.IncludeDeclaration == true), cancellation);

    [JsonRpcMethod(Methods.PrepareRename)]
    public Task<PrepareRenameResult?> OnPrepareRename(TextDocumentPositionParams request, CancellationToken cancellation) =>
        AnswerFresh(null, view => Renames.Prepare(_session!, view, request.TextDocument.Uri, request.Position), cancellation);

    [JsonRpcMethod(Methods.Rename)]
    public Task<WorkspaceEdit?> OnRename(RenameParams request, CancellationToken cancellation) =>
        AnswerFresh(null, view =>
        {
            var edit = Renames.Rename(_session!, view, request.TextDocument.Uri, request.Position, request.NewName ?? string.Empty, out var refusal);
            if (refusal is not null)
            {
                _ = Notify(Methods.ShowMessage, new ShowMessageParams(MessageType.Warning, refusal));
            }

            return edit;
        }, cancellation);

    [JsonRpcMethod(Methods.CodeAction)]
    public Task<IReadOnlyList<CodeAction>> OnCodeAction(CodeActionParams request, CancellationToken cancellation) =>
        AnswerFresh<IReadOnlyList<CodeAction>>([], view => CodeActions.For(_session!, view, request), cancellation);

    /// <summary>The answer from the latest view; <paramref name="empty"/> before there is one, and when answering fails.</summary>
    private T Answer<T>(T empty, Func<WorkspaceView, T> answer)
    {
        try
        {
            return _session?.Analyzer.Current is { } view ? answer(view) : empty;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _log.WriteLine($"factbase lsp: {e}");
            return empty;
        }
    }

    /// <summary>The answer from the view of every change made before the request.</summary>
    private async Task<T> AnswerFresh<T>(T empty, Func<WorkspaceView, T> answer, CancellationToken cancellation)
    {
        try
        {
            var view = _session is null ? null : await _session.Analyzer.FreshAsync(Patience, cancellation).ConfigureAwait(true);
            return view is null ? empty : answer(view);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            _log.WriteLine($"factbase lsp: {e}");
            return empty;
        }
    }
}
