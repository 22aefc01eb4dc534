using System.Linq;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Pipeline;
using Range = FactBase.Cli.LanguageServer.Protocol.Range;

namespace FactBase.Cli.LanguageServer.Server;

/// <summary>What a request's handler works with: the content's files, their analysis, and what the client can do.</summary>
internal sealed class Session(ContentFiles files, Analyzer analyzer, ClientCapabilities? capabilities, CompileOptions options)
{
    public ContentFiles Files { get; } = files;

    public ContentRoot Root => Files.Root;

    public Analyzer Analyzer { get; } = analyzer;

    public CompileOptions Options { get; } = options;

    /// <summary>Whether the client takes <c>documentChanges</c> in a workspace edit (and so may create and rename files).</summary>
    public bool DocumentChanges =>
        capabilities?.Workspace?.WorkspaceEdit is { } edit && (edit.DocumentChanges == true || edit.ResourceOperations is { Count: > 0 });

    public bool CanCreateFiles => DocumentChanges && capabilities?.Workspace?.WorkspaceEdit?.ResourceOperations?.Contains("create") == true;

    public bool CanRenameFiles => DocumentChanges && capabilities?.Workspace?.WorkspaceEdit?.ResourceOperations?.Contains("rename") == true;

    public bool Snippets => capabilities?.TextDocument?.Completion?.CompletionItem?.SnippetSupport == true;

    public bool PrepareRename => capabilities?.TextDocument?.Rename?.PrepareSupport == true;

    /// <summary>The URI of a content file: the one the client opened it by, if it did.</summary>
    public string UriOf(string path) => Files.Document(path)?.Uri ?? ContentRoot.UriOf(path);

    /// <summary>A place in a content file; the start of the file for a span that names the whole file (an id from the file name).</summary>
    public Location LocationOf(string path, SourceSpan span) =>
        new(UriOf(path), span == SourceSpan.FileStart ? new Range(new Position(0, 0), new Position(0, 0)) : DocumentText.RangeOf(span));

    /// <summary>The content file a URI names, with its text as the server sees it; null for anything else (outside the content, a note, no such file).</summary>
    public (string Path, DocumentText Text)? Document(string uri)
    {
        var path = ContentRoot.PathOf(uri);
        return path is not null && Root.IsContent(path) && Files.TextOf(path) is { } text ? (path, text) : null;
    }
}
