using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Checking;

/// <summary>
/// Checks one fact against its kind: every field known, every required field present,
/// every value of its type. Refs are only checked for shape here; the linker resolves them.
/// </summary>
public sealed class FactChecker
{
    private readonly KindSchema _schema;
    private readonly List<Diagnostic> _diagnostics;

    public FactChecker(KindSchema schema, List<Diagnostic> diagnostics)
    {
        _schema = schema;
        _diagnostics = diagnostics;
    }

    public FactModel Check(ParsedFile file, YamlMapping frontMatter, string id, SourceSpan idSpan, KindDefinition kind)
    {
        var declared = _schema.AllFields(kind.Id);
        var fields = new List<FieldValue>();
        var citations = new List<CitationModel>();
        foreach (var entry in frontMatter.Entries)
        {
            var name = entry.Key.Text;
            if (name is "kind" or "id")
            {
                continue;
            }

            if (name == "sources")
            {
                CitationReader.Read(file.Path, entry.Value, citations, _diagnostics);
                continue;
            }

            var field = declared.FirstOrDefault(f => f.Name == name);
            if (field is null && _schema.IsBrokenField(kind.Id, name))
            {
                continue; // The kind's own error says what is wrong with this field.
            }

            if (field is null)
            {
                var candidates = declared.Select(f => f.Name).Concat(KindReader.BuiltInFields);
                _diagnostics.Add(DiagnosticDescriptors.UnknownField.At(file.Path, entry.Key.Span, kind.Id, name, Suggestions.DidYouMean(name, candidates)));
                continue;
            }

            if (IsEmpty(entry.Value))
            {
                continue; // 'key:' with nothing after it is the field left out; a required one is reported below.
            }

            if (Convert(file.Path, name, entry.Value, field.Type) is { } value)
            {
                // The schema's name, not the key's copy of it: one string for every fact of the kind.
                fields.Add(new FieldValue(field.Name, value, entry.Value.Span));
            }
        }

        foreach (var field in declared.Where(f => !f.Optional))
        {
            var entry = frontMatter.Find(field.Name);
            if (entry is null || IsEmpty(entry.Value))
            {
                var span = entry?.Key.Span ?? frontMatter.Find("kind")?.Key.Span ?? SourceSpan.FileStart;
                _diagnostics.Add(DiagnosticDescriptors.MissingRequiredField.At(file.Path, span, kind.Id, id, field.Name, field.Display));
            }
        }

        return new FactModel(id, kind.Id, file.Path, file.RelativePath, idSpan, fields.ToEquatableArray(), citations.ToEquatableArray(), file.Body, EquatableArray<BacklinkModel>.Empty);
    }

    private static bool IsEmpty(YamlNode node) => node is YamlScalar { IsPlainEmpty: true };

    private Value? Convert(string path, string field, YamlNode node, FieldType type)
    {
        if (type is ListFieldType list)
        {
            if (node is not YamlSequence sequence)
            {
                _diagnostics.Add(DiagnosticDescriptors.ExpectedList.At(path, node.Span, field, node.Description));
                return null;
            }

            var items = new List<Value>(sequence.Items.Count);
            foreach (var item in sequence.Items)
            {
                if (IsEmpty(item))
                {
                    _diagnostics.Add(DiagnosticDescriptors.InvalidValue.At(path, item.Span, string.Empty, list.Item.Display, "remove the empty item"));
                }
                else if (Convert(path, field, item, list.Item) is { } value)
                {
                    items.Add(value);
                }
            }

            return new ListValue(items.ToEquatableArray());
        }

        if (node is not YamlScalar scalar)
        {
            _diagnostics.Add(DiagnosticDescriptors.ExpectedScalar.At(path, node.Span, field, type.Display, node.Description));
            return null;
        }

        var result = type switch
        {
            ScalarFieldType s => ScalarParser.Parse(scalar.Text, s.Scalar),
            RefFieldType r => Ids.IsKebabCase(scalar.Text)
                ? new RefValue(scalar.Text, scalar.Span)
                : ParseResult.Fail(DiagnosticDescriptors.InvalidValue, scalar.Text, r.Display, $"a ref is the id of a {r.Kind}, in lower-case kebab-case, such as '{Ids.ToKebabCase(scalar.Text)}'"),
            EnumFieldType e => EnumValues.Of(e, scalar.Text) is { } member
                ? member
                : ParseResult.Fail(DiagnosticDescriptors.NotInEnum, scalar.Text, string.Join(", ", e.Members), Suggestions.DidYouMean(scalar.Text, e.Members)),
            _ => ParseResult.Fail(DiagnosticDescriptors.InvalidValue, scalar.Text, type.Display, "unsupported type"),
        };
        if (result.Problem is { } problem)
        {
            _diagnostics.Add(problem.At(path, scalar.Span, result.Args));
        }

        return result.Value;
    }
}
