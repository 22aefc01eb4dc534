namespace FactBase.Cli.LanguageServer.Protocol;

/// <summary>The methods the server handles or sends, as the specification names them.</summary>
internal static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string DidSave = "textDocument/didSave";
    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string Completion = "textDocument/completion";
    public const string Hover = "textDocument/hover";
    public const string Definition = "textDocument/definition";
    public const string References = "textDocument/references";
    public const string DocumentSymbol = "textDocument/documentSymbol";
    public const string WorkspaceSymbol = "workspace/symbol";
    public const string PrepareRename = "textDocument/prepareRename";
    public const string Rename = "textDocument/rename";
    public const string CodeAction = "textDocument/codeAction";
    public const string ShowMessage = "window/showMessage";
    public const string LogMessage = "window/logMessage";
    public const string WorkDoneProgressCreate = "window/workDoneProgress/create";
    public const string Progress = "$/progress";
}
