using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Linking;

/// <summary>
/// Resolves every ref and citation against the ids of the knowledge base: a dangling ref
/// or a ref to the wrong kind is an error at the ref itself. Collects the backlinks.
/// </summary>
public sealed class RefResolver(KindSchema schema, IReadOnlyDictionary<string, FactModel> facts, Casualties casualties, List<Diagnostic> diagnostics)
{
    /// <summary>The kind a citation's source must be, when the schema declares it.</summary>
    public const string SourceKind = "source";

    private readonly Dictionary<string, List<BacklinkModel>> _backlinks = new(System.StringComparer.Ordinal);

    public IReadOnlyList<BacklinkModel> BacklinksOf(string id) =>
        _backlinks.TryGetValue(id, out var list) ? list : (IReadOnlyList<BacklinkModel>)[];

    public void Resolve(FactModel fact)
    {
        var declared = schema.AllFields(fact.Kind);
        foreach (var field in fact.Fields)
        {
            if (declared.FirstOrDefault(f => f.Name == field.Name)?.Type is { } type)
            {
                ResolveValue(fact, field.Name, field.Value, type);
            }
        }

        foreach (var citation in fact.Sources)
        {
            var sourceKind = schema.Find(SourceKind) is null ? null : SourceKind;
            var found = facts.TryGetValue(citation.Source.Id, out var source);
            if (!found && !casualties.HasId(citation.Source.Id))
            {
                var sources = facts.Values.Where(f => sourceKind is null || schema.IsA(f.Kind, sourceKind)).Select(f => f.Id);
                var problem = $"No source has the id '{citation.Source.Id}'{Suggestions.DidYouMean(citation.Source.Id, sources)}";
                diagnostics.Add(DiagnosticDescriptors.UnknownCitationSource.At(fact.Path, citation.Source.Span, problem));
            }
            else if (found && sourceKind is not null && !schema.IsA(source!.Kind, sourceKind))
            {
                var problem = $"'{source.Id}' is {English.WithArticle(source.Kind)}, not {English.WithArticle(sourceKind)}";
                diagnostics.Add(DiagnosticDescriptors.UnknownCitationSource.At(fact.Path, citation.Source.Span, problem));
            }

            if (citation.By is { } by && !facts.ContainsKey(by.Id) && !casualties.HasId(by.Id))
            {
                diagnostics.Add(DiagnosticDescriptors.DanglingRef.At(fact.Path, by.Span, by.Id, Suggestions.DidYouMean(by.Id, facts.Keys)));
            }
        }
    }

    private void ResolveValue(FactModel fact, string field, Value value, FieldType type)
    {
        switch (value, type)
        {
            case (ListValue list, ListFieldType listType):
                foreach (var item in list.Items)
                {
                    ResolveValue(fact, field, item, listType.Item);
                }

                break;
            case (RefValue reference, RefFieldType refType):
                if (!facts.TryGetValue(reference.Id, out var target))
                {
                    if (casualties.HasId(reference.Id))
                    {
                        break;
                    }

                    var candidates = facts.Values.Where(f => schema.IsA(f.Kind, refType.Kind)).Select(f => f.Id);
                    diagnostics.Add(DiagnosticDescriptors.DanglingRef.At(fact.Path, reference.Span, reference.Id, Suggestions.DidYouMean(reference.Id, candidates)));
                }
                else if (!schema.IsA(target.Kind, refType.Kind))
                {
                    diagnostics.Add(DiagnosticDescriptors.WrongKindRef.At(fact.Path, reference.Span, reference.Id, English.WithArticle(target.Kind), field, English.WithArticle(refType.Kind)));
                }
                else
                {
                    if (!_backlinks.TryGetValue(reference.Id, out var list))
                    {
                        _backlinks[reference.Id] = list = [];
                    }

                    var backlink = new BacklinkModel(fact.Id, field);
                    if (!list.Contains(backlink))
                    {
                        list.Add(backlink);
                    }
                }

                break;
        }
    }
}
