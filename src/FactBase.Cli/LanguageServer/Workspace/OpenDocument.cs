namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>A document the client has open: the URI it names it by, its version and its text, which win over the file on disk.</summary>
internal sealed record OpenDocument(string Uri, int Version, DocumentText Text);
