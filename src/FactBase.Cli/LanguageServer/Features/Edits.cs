using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>Workspace edits in the form the client takes: document changes (with the open documents' versions, and file operations after the edits), else changes by URI.</summary>
internal static class Edits
{
    public static WorkspaceEdit Of(Session session, IReadOnlyDictionary<string, List<TextEdit>> edits, IReadOnlyList<DocumentChange>? before = null, IReadOnlyList<DocumentChange>? after = null)
    {
        var ordered = edits.OrderBy(e => e.Key, System.StringComparer.Ordinal).ToList();
        if (!session.DocumentChanges)
        {
            return new WorkspaceEdit(ordered.ToDictionary(e => session.UriOf(e.Key), e => (IReadOnlyList<TextEdit>)e.Value), null);
        }

        var changes = new List<DocumentChange>(before ?? []);
        foreach (var (path, list) in ordered)
        {
            changes.Add(new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(session.UriOf(path), session.Files.Document(path)?.Version), list));
        }

        changes.AddRange(after ?? []);
        return new WorkspaceEdit(null, changes);
    }
}
