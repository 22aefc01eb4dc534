using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Compiler.Reading;

/// <summary>The two keys every file has: its kind, and its id (which defaults to the file name).</summary>
public static class KindAndIdReader
{
    /// <summary>The kind's name; the caller has checked that the key is there and not empty.</summary>
    public static string? ReadKind(ParsedFile file, YamlMapping frontMatter, List<Diagnostic> diagnostics, out SourceSpan span)
    {
        var entry = frontMatter.Find("kind")!;
        span = entry.Value.Span;
        if (entry.Value is not YamlScalar scalar)
        {
            diagnostics.Add(DiagnosticDescriptors.ExpectedScalar.At(file.Path, entry.Value.Span, "kind", "kind name", entry.Value.Description));
            return null;
        }

        return scalar.Text;
    }

    /// <summary>The <c>id:</c> if written, else the file name without <c>.md</c>; null (reported) if not kebab-case.</summary>
    public static string? ReadId(ParsedFile file, YamlMapping frontMatter, List<Diagnostic> diagnostics, out SourceSpan span)
    {
        var entry = frontMatter.Find("id");
        string id;
        if (entry is null)
        {
            id = FileStem(file.RelativePath);
            span = SourceSpan.FileStart;
        }
        else if (entry.Value is YamlScalar { IsPlainEmpty: false } scalar)
        {
            id = scalar.Text;
            span = scalar.Span;
        }
        else
        {
            span = entry.Value.Span;
            diagnostics.Add(DiagnosticDescriptors.ExpectedScalar.At(file.Path, span, "id", "id", entry.Value is YamlScalar ? "nothing" : entry.Value.Description));
            return null;
        }

        if (!Ids.IsKebabCase(id))
        {
            var kebab = Ids.ToKebabCase(id);
            var fix = entry is null
                ? $"the id comes from the file name, so rename the file to '{kebab}.md' or write 'id: {kebab}'"
                : $"try '{kebab}'";
            diagnostics.Add(DiagnosticDescriptors.InvalidId.At(file.Path, span, id, fix));
            return null;
        }

        return id;
    }

    /// <summary>The file's name without <c>.md</c>: the id of a file with no <c>id:</c> line.</summary>
    public static string FileStem(string relativePath)
    {
        var name = relativePath.Substring(relativePath.LastIndexOf('/') + 1);
        return name.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 3) : name;
    }
}
