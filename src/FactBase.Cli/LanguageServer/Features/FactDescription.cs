using System.Text;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Cli.Rendering;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>How the editor shows a fact, a kind or a field: the same words in hovers and completions.</summary>
internal static class FactDescription
{
    /// <summary>The fact's <c>name</c> or <c>title</c>, else its summary (as <c>factbase list</c> names it).</summary>
    public static string Label(WorkspaceView view, FactSummary fact) => view.Model(fact) is { } model ? FactText.Label(model) : string.Empty;

    /// <summary>Name, kind, summary and path, in Markdown.</summary>
    public static string Of(WorkspaceView view, FactSummary fact)
    {
        var model = view.Model(fact);
        var text = new StringBuilder();
        var label = model is null ? string.Empty : FactText.Label(model);
        text.Append("**").Append(label.Length > 0 ? label : fact.Id).Append("** · ").Append(fact.Kind).Append(" `").Append(fact.Id).Append('`');
        if (model?.Body.Summary is { Length: > 0 } summary && summary != label)
        {
            text.Append("\n\n").Append(summary);
        }

        return text.Append("\n\n").Append(fact.RelativePath).ToString();
    }

    public static string Of(KindDefinition kind)
    {
        var text = new StringBuilder("**").Append(kind.Id).Append("** (kind");
        text.Append(kind.Extends is null ? string.Empty : ", extends " + kind.Extends).Append(')');
        return kind.Doc.Trim() is { Length: > 0 } doc ? text.Append("\n\n").Append(doc).ToString() : text.ToString();
    }

    /// <summary><c>ref&lt;place&gt;?</c>, optional or required, with its doc and the kind that declares it.</summary>
    public static string Of(FieldDefinition field, string declaredBy)
    {
        var text = new StringBuilder("**").Append(field.Name).Append("**: `").Append(field.Display).Append("` (")
            .Append(field.Optional ? "optional" : "required").Append(')');
        if (field.Doc is { Length: > 0 } doc)
        {
            text.Append("\n\n").Append(doc);
        }

        return text.Append("\n\nA field of the kind `").Append(declaredBy).Append("`.").ToString();
    }

    /// <summary>The kind in <paramref name="kinds"/> that declares the field for facts of <paramref name="kind"/>: the kind itself or one it extends.</summary>
    public static KindDefinition? DeclaringKind(KindSchema kinds, string kind, string field)
    {
        for (var current = kinds.Find(kind); current is not null; current = current.Extends is null ? null : kinds.Find(current.Extends))
        {
            foreach (var declared in current.Fields)
            {
                if (declared.Name == field)
                {
                    return current;
                }
            }
        }

        return null;
    }
}
