using System;
using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Checking;

/// <summary>
/// Reads <c>sources:</c>, a list of citations <c>{ source, quote?, status?, by?, note? }</c>;
/// a bare id is short for <c>{ source: id }</c>, and a key with nothing after it is left out.
/// </summary>
public static class CitationReader
{
    private static readonly string[] Keys = ["source", "quote", "status", "by", "note"];
    private static readonly string[] Statuses = ["reported", "confirmed", "unconfirmed", "disputed", "denied"];

    public static void Read(string path, YamlNode node, List<CitationModel> citations, List<Diagnostic> diagnostics)
    {
        if (node is YamlScalar { IsPlainEmpty: true })
        {
            return;
        }

        if (node is not YamlSequence sequence)
        {
            diagnostics.Add(DiagnosticDescriptors.ExpectedList.At(path, node.Span, "sources", node.Description));
            return;
        }

        foreach (var item in sequence.Items)
        {
            if (ReadOne(path, item, diagnostics) is { } citation)
            {
                citations.Add(citation);
            }
        }
    }

    private static CitationModel? ReadOne(string path, YamlNode node, List<Diagnostic> diagnostics)
    {
        if (node is YamlScalar bare)
        {
            return ReadRef(path, bare, "source", diagnostics) is { } id ? new CitationModel(id, null, CitationStatus.Reported, null, null) : null;
        }

        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidCitation.At(path, node.Span, $"a citation is a source id or a mapping with 'source', 'quote', 'status', 'by' and 'note', not {node.Description}"));
            return null;
        }

        RefValue? source = null;
        RefValue? by = null;
        string? quote = null;
        string? note = null;
        var status = CitationStatus.Reported;
        var valid = true;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is not YamlScalar value)
            {
                diagnostics.Add(DiagnosticDescriptors.ExpectedScalar.At(path, entry.Value.Span, entry.Key.Text, "value", entry.Value.Description));
                valid = false;
                continue;
            }

            if (value.IsPlainEmpty && Array.IndexOf(Keys, entry.Key.Text) >= 0)
            {
                // 'key:' with nothing after it is the key left out, as for a field; a citation cannot leave out its source.
                if (entry.Key.Text == "source")
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidCitation.At(path, entry.Key.Span, "'source' is empty: write the id of the source after 'source:'"));
                    valid = false;
                }

                continue;
            }

            switch (entry.Key.Text)
            {
                case "source":
                    source = ReadRef(path, value, "source", diagnostics);
                    valid &= source is not null;
                    break;
                case "by":
                    by = ReadRef(path, value, "by", diagnostics);
                    break;
                case "quote":
                    quote = value.Text;
                    break;
                case "note":
                    note = value.Text;
                    break;
                case "status":
                    var index = Array.IndexOf(Statuses, value.Text);
                    if (index < 0)
                    {
                        diagnostics.Add(DiagnosticDescriptors.UnknownCitationStatus.At(path, value.Span, value.Text, Suggestions.DidYouMean(value.Text, Statuses)));
                        valid = false;
                    }
                    else
                    {
                        status = (CitationStatus)index;
                    }

                    break;
                default:
                    diagnostics.Add(DiagnosticDescriptors.InvalidCitation.At(path, entry.Key.Span,
                        $"a citation has no key '{entry.Key.Text}'{Suggestions.DidYouMean(entry.Key.Text, Keys)}; its keys are source, quote, status, by and note"));
                    valid = false;
                    break;
            }
        }

        if (source is null && mapping.Find("source") is null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidCitation.At(path, mapping.Span, "the citation names no 'source': add 'source: <id of the source>'"));
            return null;
        }

        return valid && source is not null ? new CitationModel(source, quote, status, by, note) : null;
    }

    private static RefValue? ReadRef(string path, YamlScalar scalar, string key, List<Diagnostic> diagnostics)
    {
        if (Ids.IsKebabCase(scalar.Text))
        {
            return new RefValue(scalar.Text, scalar.Span);
        }

        diagnostics.Add(DiagnosticDescriptors.InvalidCitation.At(path, scalar.Span, $"'{key}' takes a fact id in lower-case kebab-case, not '{scalar.Text}'"));
        return null;
    }
}
