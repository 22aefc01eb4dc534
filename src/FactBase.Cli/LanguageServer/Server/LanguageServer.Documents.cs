using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Workspace;
using StreamJsonRpc;

namespace FactBase.Cli.LanguageServer.Server;

/// <summary>The documents the client opens, edits, saves and closes: each change goes to the analysis at once.</summary>
internal sealed partial class LanguageServer
{
    [JsonRpcMethod(Methods.DidOpen)]
    public void OnDidOpen(DidOpenTextDocumentParams request) => Guard(() =>
    {
        if (ContentPath(request.TextDocument.Uri) is { } path)
        {
            var document = request.TextDocument;
            _session!.Files.Open(path, new OpenDocument(document.Uri, document.Version, new DocumentText(document.Text)));
            _session.Analyzer.Changed();
        }
    });

    [JsonRpcMethod(Methods.DidChange)]
    public void OnDidChange(DidChangeTextDocumentParams request) => Guard(() =>
    {
        if (ContentPath(request.TextDocument.Uri) is { } path && _session!.Files.Document(path) is { } open)
        {
            var text = DocumentText.Apply(open.Text.Text, request.ContentChanges);
            _session.Files.Open(path, open with { Version = request.TextDocument.Version, Text = new DocumentText(text) });
            _session.Analyzer.Changed();
        }
    });

    [JsonRpcMethod(Methods.DidClose)]
    public void OnDidClose(DidCloseTextDocumentParams request) => Guard(() =>
    {
        if (ContentPath(request.TextDocument.Uri) is { } path)
        {
            _session!.Files.Close(path);
            _session.Files.Refresh(path);
            _session.Analyzer.Changed();
        }
    });

    [JsonRpcMethod(Methods.DidSave)]
    public void OnDidSave(DidSaveTextDocumentParams request) => Guard(() =>
    {
        if (ContentPath(request.TextDocument.Uri) is { } path)
        {
            _session!.Files.Refresh(path);
            _session.Analyzer.Changed();
        }
    });

    [JsonRpcMethod(Methods.DidChangeWatchedFiles)]
    public void OnDidChangeWatchedFiles(DidChangeWatchedFilesParams request) => Guard(() =>
    {
        foreach (var change in request.Changes ?? [])
        {
            if (ContentPath(change.Uri) is { } path)
            {
                _session!.Files.Refresh(path);
            }
        }

        _session?.Analyzer.Changed();
    });

    /// <summary>The path of a content file the server serves; null for a URI outside the content (or before it is known).</summary>
    private string? ContentPath(string? uri) =>
        _session is not null && uri is not null && ContentRoot.PathOf(uri) is { } path && _session.Root.IsContent(path) ? path : null;

    private void Guard(System.Action action)
    {
        try
        {
            action();
        }
        catch (System.Exception e) when (e is not System.OutOfMemoryException)
        {
            _log.WriteLine($"factbase lsp: {e}");
        }
    }
}
