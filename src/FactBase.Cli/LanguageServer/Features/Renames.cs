using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Syntax;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using Range = FactBase.Cli.LanguageServer.Protocol.Range;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>
/// Rename a fact's id, from any ref to it, from its <c>id:</c>, or (when the id is the file's name)
/// from the opening <c>---</c> of its file: one workspace edit writes the new id at every ref and
/// citation that names it, and at its <c>id:</c>, or renames its file.
/// </summary>
internal static class Renames
{
    public static PrepareRenameResult? Prepare(Session session, WorkspaceView view, string uri, Position position)
    {
        if (Target(session, view, uri, position) is not var (fact, range))
        {
            return null;
        }

        return new PrepareRenameResult(range, fact.Id);
    }

    /// <summary>The edit, or null with the reason in <paramref name="refusal"/> (a name that is no id, or is taken).</summary>
    public static WorkspaceEdit? Rename(Session session, WorkspaceView view, string uri, Position position, string newName, out string? refusal)
    {
        refusal = null;
        if (Target(session, view, uri, position) is not var (fact, _))
        {
            return null;
        }

        var fromFileName = fact.IdSpan == SourceSpan.FileStart;
        var renamedPath = Path.Combine(Path.GetDirectoryName(fact.Path)!, newName + ".md");
        refusal = newName == fact.Id ? null
            : !Ids.IsKebabCase(newName) ? $"factbase: an id is lower-case kebab-case, such as '{Ids.ToKebabCase(newName)}', not '{newName}'"
            : view.Facts.Find(newName) is { } taken ? $"factbase: the id '{newName}' is taken by {taken.RelativePath}"
            : fromFileName && File.Exists(renamedPath) ? $"factbase: {newName}.md exists beside {Path.GetFileName(fact.Path)}"
            : null;
        if (refusal is not null || newName == fact.Id)
        {
            return null;
        }

        var edits = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        foreach (var reference in view.ReferencesTo(fact.Id))
        {
            Add(edits, reference.From.Path, new TextEdit(DocumentText.RangeOf(reference.Span), newName));
        }

        var renameFile = false;
        if (!fromFileName)
        {
            Add(edits, fact.Path, new TextEdit(DocumentText.RangeOf(fact.IdSpan), newName));
        }
        else if (session.CanRenameFiles)
        {
            renameFile = true;
        }
        else
        {
            // A client that cannot rename files: the id is written out instead, under the opening fence.
            Add(edits, fact.Path, new TextEdit(new Range(new Position(1, 0), new Position(1, 0)), $"id: {newName}\n"));
        }

        return Edits.Of(session, edits, after: renameFile ? [new RenameFile(session.UriOf(fact.Path), ContentRoot.UriOf(renamedPath))] : null);
    }

    /// <summary>The fact renamed from <paramref name="position"/>, and the range the client shows the name in.</summary>
    private static (FactSummary Fact, Range Range)? Target(Session session, WorkspaceView view, string uri, Position position)
    {
        if (FileContext.Of(session, view, uri) is not { FrontMatter: { } frontMatter } file)
        {
            return null;
        }

        if (frontMatter.At(position) is { } spot && Targets.IdAt(view, file, spot) is { } id)
        {
            return view.Facts.Find(id) is { } named ? (named, file.Text.RangeOf(spot.ValueStart, spot.ValueEnd)) : null;
        }

        // The fence: the fact whose id is its file's name.
        return position.Line == 0 && view.FactIn(file.Path) is { IdSpan: var span } own && span == SourceSpan.FileStart
            ? (own, new Range(new Position(0, 0), new Position(0, 3)))
            : null;
    }

    private static void Add(Dictionary<string, List<TextEdit>> edits, string path, TextEdit edit)
    {
        if (!edits.TryGetValue(path, out var list))
        {
            edits[path] = list = [];
        }

        list.Add(edit);
    }
}
