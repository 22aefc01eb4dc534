using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Reading;
using FactBase.Rendering;

namespace FactBase.Compiler.Schema;

/// <summary>Reads a kind file (<c>kind: kind</c>) into a <see cref="KindDefinition"/>.</summary>
public static class KindReader
{
    /// <summary>Keys a kind's front matter may hold.</summary>
    public static readonly string[] Keys = ["kind", "id", "plural", "extends", "fields"];

    /// <summary>Field names a fact uses for itself, so no kind may declare them.</summary>
    public static readonly string[] BuiltInFields = ["kind", "id", "sources"];

    public static KindDefinition? Read(ParsedFile file, YamlMapping frontMatter, List<Diagnostic> diagnostics)
    {
        var id = KindAndIdReader.ReadId(file, frontMatter, diagnostics, out var idSpan);
        string? plural = null;
        string? extends = null;
        var extendsSpan = idSpan;
        var fields = new List<FieldDefinition>();
        var broken = new List<string>();
        foreach (var entry in frontMatter.Entries)
        {
            switch (entry.Key.Text)
            {
                case "kind" or "id":
                    break;
                case "plural":
                    plural = ReadName(file, entry, diagnostics);
                    break;
                case "extends":
                    extends = ReadName(file, entry, diagnostics);
                    extendsSpan = entry.Value.Span;
                    break;
                case "fields":
                    ReadFields(file, entry.Value, fields, broken, diagnostics);
                    break;
                default:
                    diagnostics.Add(DiagnosticDescriptors.InvalidKindDefinition.At(file.Path, entry.Key.Span,
                        $"a kind has no key '{entry.Key.Text}'{Suggestions.DidYouMean(entry.Key.Text, Keys)}; its keys are {string.Join(", ", Keys)}"));
                    break;
            }
        }

        if (id is null)
        {
            return null;
        }

        return new KindDefinition(id, plural ?? Plurals.Of(id), extends, MarkdownRenderer.RenderBlock(file.Body.Markdown).Text, fields.ToEquatableArray(), file.Path, idSpan, extendsSpan, broken.ToEquatableArray());
    }

    private static string? ReadName(ParsedFile file, YamlEntry entry, List<Diagnostic> diagnostics)
    {
        if (entry.Value is YamlScalar { Text: var text } scalar && Ids.IsKebabCase(text))
        {
            return text;
        }

        var written = (entry.Value as YamlScalar)?.Text ?? entry.Value.Description;
        diagnostics.Add(DiagnosticDescriptors.InvalidKindDefinition.At(file.Path, entry.Value.Span,
            $"'{entry.Key.Text}' takes a lower-case kebab-case name, not '{written}'"));
        return null;
    }

    private static void ReadFields(ParsedFile file, YamlNode node, List<FieldDefinition> fields, List<string> broken, List<Diagnostic> diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidKindDefinition.At(file.Path, node.Span,
                $"'fields' takes a mapping of 'name: type' lines, not {node.Description}"));
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Text;
            if (!Ids.IsKebabCase(name))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidKindDefinition.At(file.Path, entry.Key.Span,
                    $"the field name '{name}' is not lower-case kebab-case: try '{Ids.ToKebabCase(name)}'"));
                continue;
            }

            if (System.Array.IndexOf(BuiltInFields, name) >= 0)
            {
                diagnostics.Add(DiagnosticDescriptors.ReservedName.At(file.Path, entry.Key.Span, name, "every fact has it already"));
                continue;
            }

            if (ReadField(file, name, entry.Value, diagnostics) is { } field)
            {
                fields.Add(field with { Span = entry.Key.Span });
            }
            else
            {
                broken.Add(name);
            }
        }
    }

    /// <summary>Shorthand <c>name: type</c> or longhand <c>name: { type: t, doc: "..." }</c>.</summary>
    private static FieldDefinition? ReadField(ParsedFile file, string name, YamlNode node, List<Diagnostic> diagnostics)
    {
        YamlScalar? typeNode = node as YamlScalar;
        string? doc = null;
        if (node is YamlMapping longhand)
        {
            foreach (var entry in longhand.Entries)
            {
                switch (entry.Key.Text, entry.Value)
                {
                    case ("type", YamlScalar type):
                        typeNode = type;
                        break;
                    case ("doc", YamlScalar text):
                        doc = text.Text;
                        break;
                    case ("type" or "doc", _):
                        diagnostics.Add(DiagnosticDescriptors.InvalidKindDefinition.At(file.Path, entry.Value.Span,
                            $"a field's '{entry.Key.Text}' takes a single value, not {entry.Value.Description}"));
                        break;
                    default:
                        diagnostics.Add(DiagnosticDescriptors.InvalidKindDefinition.At(file.Path, entry.Key.Span,
                            $"a field's longhand takes 'type' and 'doc'; '{entry.Key.Text}' is not one of them{Suggestions.DidYouMean(entry.Key.Text, ["type", "doc"])}"));
                        break;
                }
            }
        }

        if (typeNode is null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidKindDefinition.At(file.Path, node.Span,
                $"the field '{name}' needs a type: 'name: type' or 'name: {{ type: t, doc: \"...\" }}'"));
            return null;
        }

        if (!FieldTypeParser.TryParse(typeNode.Text, out var fieldType, out var optional, out var why))
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownFieldType.At(file.Path, typeNode.Span, typeNode.Text, why));
            return null;
        }

        return new FieldDefinition(name, fieldType!, optional, doc, typeNode.Span);
    }
}
