using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Syntax;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>A content file a request is about: its text, its front matter, and the kind it declares (a fact's kind, or <c>kind</c>).</summary>
internal sealed record FileContext(string Path, DocumentText Text, FrontMatterText? FrontMatter, string? Kind, KindDefinition? Definition)
{
    public bool IsKindFile => Kind == KnowledgeBaseCompiler.KindKind;

    /// <summary>The file a URI names, if the server serves it; null for anything outside the content.</summary>
    public static FileContext? Of(Session session, WorkspaceView view, string uri)
    {
        if (session.Document(uri) is not var (path, text))
        {
            return null;
        }

        var frontMatter = FrontMatterText.Of(text);
        var kind = frontMatter?.ValueOf("kind");
        return new FileContext(path, text, frontMatter, kind, kind is null ? null : view.Kinds.Find(kind));
    }

    /// <summary>The fields of the file's kind, inherited ones first; none for a kind file or an unknown kind.</summary>
    public IReadOnlyList<FieldDefinition> Fields(WorkspaceView view) => Definition is null ? [] : view.Kinds.AllFields(Definition.Id);

    public FieldDefinition? Field(WorkspaceView view, string name) => Fields(view).FirstOrDefault(f => f.Name == name);
}
