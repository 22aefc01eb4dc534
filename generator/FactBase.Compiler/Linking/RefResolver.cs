using System;
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
/// Works on fact summaries (ids, kinds, refs), never on bodies or values.
/// </summary>
/// <param name="idsOfKind">
/// The ids of the facts of a kind and of the kinds that extend it, for a caller that keeps them
/// by kind (the language server, which resolves a few files against every fact); by default
/// found by walking <paramref name="facts"/>.
/// </param>
public sealed class RefResolver(KindSchema schema, IReadOnlyDictionary<string, FactSummary> facts, Casualties casualties, List<Diagnostic> diagnostics, Func<string, IEnumerable<string>>? idsOfKind = null)
{
    /// <summary>The kind a citation's source must be, when the schema declares it.</summary>
    public const string SourceKind = "source";

    private readonly Dictionary<string, List<BacklinkModel>> _backlinks = new(System.StringComparer.Ordinal);
    private readonly Dictionary<(string Id, string? Kind), string> _suggestions = new();
    private readonly Dictionary<string, List<string>> _idsOfKind = new(System.StringComparer.Ordinal);

    public IReadOnlyList<BacklinkModel> BacklinksOf(string id) =>
        _backlinks.TryGetValue(id, out var list) ? list : (IReadOnlyList<BacklinkModel>)[];

    /// <summary>Every fact with backlinks, and its backlinks in the order of the facts (by id) and fields that hold them.</summary>
    public IEnumerable<KeyValuePair<string, List<BacklinkModel>>> AllBacklinks => _backlinks;

    public void Resolve(FactSummary fact)
    {
        foreach (var reference in fact.Refs)
        {
            ResolveRef(fact, reference);
        }

        var sourceKind = schema.Find(SourceKind) is null ? null : SourceKind;
        foreach (var citation in fact.Citations)
        {
            var found = facts.TryGetValue(citation.Source.Id, out var source);
            if (!found && !casualties.HasId(citation.Source.Id))
            {
                var problem = $"No source has the id '{citation.Source.Id}'{DidYouMean(citation.Source.Id, sourceKind)}";
                diagnostics.Add(DiagnosticDescriptors.UnknownCitationSource.At(fact.Path, citation.Source.Span, problem));
            }
            else if (found && sourceKind is not null && !schema.IsA(source!.Kind, sourceKind))
            {
                var problem = $"'{source.Id}' is {English.WithArticle(source.Kind)}, not {English.WithArticle(sourceKind)}";
                diagnostics.Add(DiagnosticDescriptors.UnknownCitationSource.At(fact.Path, citation.Source.Span, problem));
            }

            if (citation.By is { } by && !facts.ContainsKey(by.Id) && !casualties.HasId(by.Id))
            {
                diagnostics.Add(DiagnosticDescriptors.DanglingRef.At(fact.Path, by.Span, by.Id, DidYouMean(by.Id, kind: null)));
            }
        }
    }

    private void ResolveRef(FactSummary fact, RefSummary reference)
    {
        if (!facts.TryGetValue(reference.TargetId, out var target))
        {
            if (casualties.HasId(reference.TargetId))
            {
                return; // The file that should have given it has its own error.
            }

            diagnostics.Add(DiagnosticDescriptors.DanglingRef.At(fact.Path, reference.Span, reference.TargetId, DidYouMean(reference.TargetId, reference.WantedKind)));
        }
        else if (!schema.IsA(target.Kind, reference.WantedKind))
        {
            diagnostics.Add(DiagnosticDescriptors.WrongKindRef.At(fact.Path, reference.Span, reference.TargetId, English.WithArticle(target.Kind), reference.Field, English.WithArticle(reference.WantedKind)));
        }
        else
        {
            if (!_backlinks.TryGetValue(reference.TargetId, out var list))
            {
                _backlinks[reference.TargetId] = list = [];
            }

            // A list naming the same fact twice gives one backlink. Facts are resolved one at a time and a
            // field's items are contiguous, so a repeat can only be the last backlink added: O(1), even for hubs.
            var backlink = new BacklinkModel(fact.Id, reference.Field);
            if (list.Count == 0 || !list[list.Count - 1].Equals(backlink))
            {
                list.Add(backlink);
            }
        }
    }

    /// <summary>
    /// The "did you mean" for an id no fact has, among the ids of <paramref name="kind"/> (any fact's
    /// when null). The facts do not change while a resolver runs, so each answer is worked out once:
    /// an id that many facts name (a source renamed away from its citations) costs one search.
    /// </summary>
    private string DidYouMean(string id, string? kind)
    {
        if (!_suggestions.TryGetValue((id, kind), out var suggestion))
        {
            _suggestions[(id, kind)] = suggestion = Suggestions.DidYouMean(id, kind is null ? facts.Keys : IdsOf(kind));
        }

        return suggestion;
    }

    private List<string> IdsOf(string kind)
    {
        if (!_idsOfKind.TryGetValue(kind, out var ids))
        {
            _idsOfKind[kind] = ids = idsOfKind is null ? facts.Values.Where(f => schema.IsA(f.Kind, kind)).Select(f => f.Id).ToList() : idsOfKind(kind).ToList();
        }

        return ids;
    }
}
