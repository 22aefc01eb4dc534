using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Cli.Scaffolding;
using FactBase.Compiler.Linking;
using Range = FactBase.Cli.LanguageServer.Protocol.Range;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>
/// Quick fixes for the build's diagnostics: apply the "did you mean" of a message; create the
/// fact a broken ref names, scaffolded as <c>factbase new</c> writes it; add the required fields a
/// fact lacks.
/// </summary>
internal static partial class CodeActions
{
    [GeneratedRegex(@"\(did you mean '(?<fix>[^']*)'\?\)")]
    private static partial Regex DidYouMean();

    [GeneratedRegex(@"^'(?<written>[^']*)'")]
    private static partial Regex Written();

    [GeneratedRegex(@"'(?<id>[a-z0-9-]+)'")]
    private static partial Regex QuotedId();

    public static IReadOnlyList<CodeAction> For(Session session, WorkspaceView view, CodeActionParams request)
    {
        if (FileContext.Of(session, view, request.TextDocument.Uri) is not { } file)
        {
            return [];
        }

        var actions = new List<CodeAction>();
        var missingFields = new List<Protocol.Diagnostic>();
        foreach (var diagnostic in request.Context.Diagnostics ?? [])
        {
            if (diagnostic.Source != "factbase")
            {
                continue;
            }

            if (DidYouMeanFix(session, file, diagnostic) is { } fix)
            {
                actions.Add(fix);
            }

            if (diagnostic.Code is "FB0302" or "FB0304" && CreateFact(session, view, file, diagnostic) is { } create)
            {
                actions.Add(create);
            }

            if (diagnostic.Code == "FB0201")
            {
                missingFields.Add(diagnostic);
            }
        }

        if (missingFields.Count > 0 && AddRequiredFields(session, view, file, missingFields) is { } add)
        {
            actions.Add(add);
        }

        return actions;
    }

    /// <summary>
    /// The message's suggestion in place of what was written: the whole range when it is one word
    /// (an id, a key, a kind), else the quoted word the message names (a currency or a qualifier inside a value).
    /// </summary>
    private static CodeAction? DidYouMeanFix(Session session, FileContext file, Protocol.Diagnostic diagnostic)
    {
        var suggestion = DidYouMean().Match(diagnostic.Message);
        if (!suggestion.Success)
        {
            return null;
        }

        var fix = suggestion.Groups["fix"].Value;
        var start = file.Text.OffsetOf(diagnostic.Range.Start);
        var end = file.Text.OffsetOf(diagnostic.Range.End);
        var written = file.Text.Text[start..end];
        var bare = Syntax.FrontMatterText.Unquote(written, out var quoted);
        if (quoted)
        {
            (start, end, written) = (start + 1, end - 1, bare);
        }

        if (written.Contains(' ', StringComparison.Ordinal) && Written().Match(diagnostic.Message) is { Success: true } named
            && written.IndexOf(named.Groups["written"].Value, StringComparison.Ordinal) is var at and >= 0)
        {
            (start, end) = (start + at, start + at + named.Groups["written"].Value.Length);
        }

        var edit = new TextEdit(file.Text.RangeOf(start, end), fix);
        return new CodeAction($"Change to '{fix}'", CodeAction.QuickFix, [diagnostic], IsPreferred: true, Edits.Of(session, One(file.Path, edit)));
    }

    /// <summary>The fact a dangling ref names, in a new file with every field of the kind the ref takes.</summary>
    private static CodeAction? CreateFact(Session session, WorkspaceView view, FileContext file, Protocol.Diagnostic diagnostic)
    {
        if (!session.CanCreateFiles || QuotedId().Match(diagnostic.Message) is not { Success: true } match || view.FactIn(file.Path) is not { } fact)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        var reference = Reference.Of(fact, view.Kinds).FirstOrDefault(r => r.TargetId == id && DocumentText.RangeOf(r.Span) == diagnostic.Range);
        if (reference.WantedKind is not { } kind || view.Kinds.Find(kind) is null || kind == KnowledgeBaseCompiler.KindKind)
        {
            return null;
        }

        var facts = view.Facts.Values.Select(f => (f.Kind, f.RelativePath)).ToList();
        var folder = FactScaffold.ChooseFolder(view.Kinds, facts, kind);
        var path = Path.GetFullPath(Path.Combine(session.Root.FullPath, folder, id + ".md"));
        if (!session.Root.IsContent(path) || File.Exists(path))
        {
            return null;
        }

        var text = FactScaffold.Render(kind, view.Kinds.AllFields(kind));
        var uri = ContentRoot.UriOf(path);
        var insert = new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), text);
        var edit = new WorkspaceEdit(null, [new CreateFile(uri, new CreateFileOptions(IgnoreIfExists: false, Overwrite: false)), new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(uri, null), [insert])]);
        var relative = session.Root.Name + "/" + (folder.Length == 0 ? string.Empty : folder + "/") + id + ".md";
        return new CodeAction($"Create the {kind} '{id}' in {relative}", CodeAction.QuickFix, [diagnostic], IsPreferred: false, edit);
    }

    /// <summary>Every required field of the fact's kind that its front matter lacks, as empty keys before the closing fence.</summary>
    private static CodeAction? AddRequiredFields(Session session, WorkspaceView view, FileContext file, List<Protocol.Diagnostic> diagnostics)
    {
        if (file.FrontMatter is not { } frontMatter || frontMatter.EndLine >= file.Text.LineCount)
        {
            return null;
        }

        var present = frontMatter.TopLevelKeys().Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var missing = file.Fields(view).Where(f => !f.Optional && !present.Contains(f.Name)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var lines = new StringBuilder();
        foreach (var field in missing)
        {
            lines.Append(field.Name).Append(":\n");
        }

        var at = new Position(frontMatter.EndLine, 0);
        var edit = new TextEdit(new Range(at, at), lines.ToString());
        var names = string.Join(", ", missing.Select(f => f.Name));
        return new CodeAction($"Add the required {(missing.Count == 1 ? "field" : "fields")} {names}", CodeAction.QuickFix, diagnostics, IsPreferred: true, Edits.Of(session, One(file.Path, edit)));
    }

    private static Dictionary<string, List<TextEdit>> One(string path, TextEdit edit) => new(StringComparer.Ordinal) { [path] = [edit] };
}
