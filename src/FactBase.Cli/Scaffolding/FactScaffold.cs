using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactBase.Cli.Loading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Scaffolding;

/// <summary>
/// The Markdown a new fact starts from: front matter with every field of its kind (inherited
/// ones included), the required ones first and empty, so that <c>check</c> lists exactly what
/// is left to fill in (and <c>new</c> says it), the optional ones commented out; each with its
/// type and documentation.
/// </summary>
internal static class FactScaffold
{
    public static string Render(string kind, IReadOnlyList<FieldDefinition> fields)
    {
        var required = fields.Where(f => !f.Optional).ToList();
        var optional = fields.Where(f => f.Optional).ToList();
        var lines = new List<(string Key, string Comment)> { ($"kind: {kind}", string.Empty) };
        lines.AddRange(required.Select(f => ($"{f.Name}:", Describe(f))));
        lines.AddRange(optional.Select(f => ($"# {f.Name}:", Describe(f))));
        lines.Add(("sources:", string.Empty));
        lines.Add(("  - source:", "the id of the source fact that says so"));
        lines.Add(("    quote:", "the source's words, verbatim"));
        lines.Add(("    # status:", "reported (the default), confirmed, unconfirmed, disputed or denied"));
        lines.Add(("    # by:", "the id of whoever makes the claim, when it is not the source itself"));
        lines.Add(("    # note:", "anything a reader should know about this citation"));

        var width = lines.Max(l => l.Key.Length) + 2;
        var text = new StringBuilder("---\n");
        foreach (var (key, comment) in lines)
        {
            text.Append(comment.Length == 0 ? key : key.PadRight(width) + "# " + comment).Append('\n');
        }

        return text.Append("---\n\n").ToString();
    }

    /// <summary>What the Markdown of <see cref="Render"/> leaves to fill in before it checks: "donor and amount, and the citation's source".</summary>
    public static string LeftToFillIn(IReadOnlyList<FieldDefinition> fields)
    {
        var required = fields.Where(f => !f.Optional).Select(f => f.Name).ToList();
        return required.Count == 0 ? "the citation's source" : $"{English.List(required)}, and the citation's source";
    }

    /// <summary>
    /// The folder a new fact of <paramref name="kind"/> goes in, relative to the content root:
    /// where most facts of that kind already are; failing that, where most facts of its base kind
    /// are (a new kind of event goes with the events); failing that, the kind's plural.
    /// </summary>
    public static string ChooseFolder(LoadedContent content, string kind) =>
        ChooseFolder(content.Schema, content.Model.Facts.Select(f => (f.Kind, f.RelativePath)), kind);

    /// <summary>The same, over the kind and relative path of every fact (the language server's facts).</summary>
    public static string ChooseFolder(KindSchema schema, IEnumerable<(string Kind, string RelativePath)> facts, string kind)
    {
        for (var current = schema.Find(kind); current is not null; current = current.Extends is null ? null : schema.Find(current.Extends))
        {
            var folder = facts
                .Where(f => schema.IsA(f.Kind, current.Id))
                .Select(f => FolderOf(f.RelativePath))
                .GroupBy(f => f, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (folder is not null)
            {
                return folder;
            }
        }

        return schema.Find(kind)?.Plural ?? kind;
    }

    /// <summary><c>content/events/x.md</c> to <c>events</c>; a fact at the root gives "".</summary>
    private static string FolderOf(string relativePath)
    {
        var parts = relativePath.Split('/');
        return string.Join("/", parts.Skip(1).Take(parts.Length - 2));
    }

    private static string Describe(FieldDefinition field)
    {
        var what = field.Optional ? field.Type.Display : field.Type.Display + ", required";
        var doc = field.Doc is { Length: > 0 } d ? d : Hint(field.Type);
        return doc.Length == 0 ? what : $"{what}: {string.Join(" ", doc.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))}";
    }

    private static string Hint(FieldType type) => type switch
    {
        ScalarFieldType { Scalar: ScalarType.Date } => "YYYY, YYYY-MM or YYYY-MM-DD",
        ScalarFieldType { Scalar: ScalarType.Money } => "as in '250000 USD' or 'about 40 million USD'",
        ScalarFieldType { Scalar: ScalarType.Quantity } => "as in 'more than 600' or 'about 130 people'",
        ScalarFieldType { Scalar: ScalarType.Url } => "an http or https address",
        RefFieldType r => $"the id of {English.WithArticle(r.Kind)}",
        ListFieldType l => $"a list, as in [a, b]{(Hint(l.Item) is { Length: > 0 } item ? $"; each {item}" : string.Empty)}",
        _ => string.Empty,
    };
}
