using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Rendering;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Site.Model;

/// <summary>A fact that names another: through which field (<c>sources</c> and <c>sources.by</c> for citations).</summary>
internal readonly record struct Backlink(string Field, FactModel From);

/// <summary>The facts that name a fact through one field.</summary>
internal readonly record struct BacklinkGroup(string Field, IReadOnlyList<Backlink> Links);

/// <summary>A citation of a source, with the fact that makes it and its place in that fact's <c>sources</c>.</summary>
internal readonly record struct Citing(FactModel Fact, int Index)
{
    public CitationModel Citation => Fact.Sources[Index];
}

/// <summary>
/// The compiled knowledge base as the pages read it, indexed once: facts by id, their labels,
/// what names each fact (fields and citations), what cites each source, the facts of each kind.
/// Every page is written from it, so no page walks the whole base for one fact.
/// </summary>
internal sealed class SiteModel
{
    /// <summary>A label longer than this (a summary, for a fact with no name) is cut: the fact's page shows it whole.</summary>
    private const int LabelLength = 110;

    /// <summary>Each fact's place in <see cref="Facts"/>, by id: what the pages' lookups by id go through.</summary>
    private readonly Dictionary<string, int> _indexOf;
    private readonly string[] _labels;
    private readonly Dictionary<string, List<Backlink>> _backlinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Citing>> _citing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FactModel>> _ofKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kindIndex;

    public SiteModel(KnowledgeBaseModel model, KindSchema schema)
    {
        Model = model;
        Schema = schema;
        _indexOf = new Dictionary<string, int>(model.Facts.Count, StringComparer.Ordinal);
        _labels = new string[model.Facts.Count];
        for (var i = 0; i < model.Facts.Count; i++)
        {
            var fact = model.Facts[i];
            _indexOf.Add(fact.Id, i);
            var label = LinkTable.Cut(FactText.Label(fact), LabelLength);
            _labels[i] = string.IsNullOrWhiteSpace(label) ? fact.Id : label;
        }

        Kinds = [.. schema.Kinds];
        _kindIndex = Kinds.Select((k, i) => (k.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var kindsOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var fact in model.Facts)
        {
            foreach (var backlink in fact.Backlinks)
            {
                if (Find(backlink.FromId) is { } from)
                {
                    Add(_backlinks, fact.Id, new Backlink(backlink.Field, from));
                }
            }

            for (var i = 0; i < fact.Sources.Count; i++)
            {
                var citation = fact.Sources[i];
                Add(_citing, citation.Source.Id, new Citing(fact, i));
                if (i == 0 || fact.Sources.Take(i).All(c => c.Source.Id != citation.Source.Id))
                {
                    Add(_backlinks, citation.Source.Id, new Backlink("sources", fact));
                }

                if (citation.By is { } by && fact.Sources.Take(i).All(c => c.By?.Id != by.Id))
                {
                    Add(_backlinks, by.Id, new Backlink("sources.by", fact));
                }
            }

            if (!kindsOf.TryGetValue(fact.Kind, out var kinds))
            {
                kindsOf[fact.Kind] = kinds = [.. Kinds.Where(k => schema.IsA(fact.Kind, k.Id)).Select(k => k.Id)];
            }

            foreach (var kind in kinds)
            {
                Add(_ofKind, kind, fact);
            }
        }

        // In the order pages list them, once, rather than sorted again by each page.
        foreach (var links in _backlinks.Values)
        {
            links.Sort(static (a, b) => string.CompareOrdinal(a.Field, b.Field) is var byField and not 0 ? byField : string.CompareOrdinal(a.From.Id, b.From.Id));
        }

        Sources = [.. model.Facts.Where(f => _citing.ContainsKey(f.Id))];
        Timeline = new Timeline(model.Facts);
    }

    public KnowledgeBaseModel Model { get; }

    public Timeline Timeline { get; }

    public KindSchema Schema { get; }

    public IReadOnlyList<FactModel> Facts => Model.Facts;

    /// <summary>The kinds, sorted by id.</summary>
    public IReadOnlyList<KindDefinition> Kinds { get; }

    /// <summary>The facts that at least one citation names as its source, sorted by id.</summary>
    public IReadOnlyList<FactModel> Sources { get; }

    /// <summary>The kind's place among the kinds sorted by id, which picks its colour (0 for a kind nobody declares).</summary>
    public int KindIndex(string kind) => _kindIndex.GetValueOrDefault(kind);

    public FactModel? Find(string id) => _indexOf.TryGetValue(id, out var index) ? Facts[index] : null;

    /// <summary>The fact's place in <see cref="Facts"/>, or -1 when no fact has the id.</summary>
    public int IndexOf(string id) => _indexOf.TryGetValue(id, out var index) ? index : -1;

    /// <summary>A fact's <c>name</c> or <c>title</c>, else its summary, else its id: what a link to it says.</summary>
    public string Label(string id) => _indexOf.TryGetValue(id, out var index) ? _labels[index] : id;

    /// <summary>The label of the fact at <paramref name="index"/> in <see cref="Facts"/>.</summary>
    public string LabelAt(int index) => _labels[index];

    /// <summary>What names the fact, by field (fields in name order, facts in id order): the runs of one field in the sorted links.</summary>
    public IReadOnlyList<BacklinkGroup> BacklinksOf(string id)
    {
        if (!_backlinks.TryGetValue(id, out var links))
        {
            return [];
        }

        var groups = new List<BacklinkGroup>();
        for (var start = 0; start < links.Count;)
        {
            var end = start + 1;
            while (end < links.Count && links[end].Field == links[start].Field)
            {
                end++;
            }

            groups.Add(new BacklinkGroup(links[start].Field, links.GetRange(start, end - start)));
            start = end;
        }

        return groups;
    }

    public int BacklinkCount(string id) => _backlinks.TryGetValue(id, out var links) ? links.Count : 0;

    /// <summary>Every citation that names the fact as its source, in id order of the citing facts.</summary>
    public IReadOnlyList<Citing> CitationsOf(string sourceId) => _citing.TryGetValue(sourceId, out var list) ? list : [];

    public bool IsSource(string id) => _citing.ContainsKey(id);

    /// <summary>The facts of the kind and of the kinds that extend it, as a <c>ref</c> to it accepts them.</summary>
    public IReadOnlyList<FactModel> FactsOfKind(string kind) => _ofKind.TryGetValue(kind, out var list) ? list : [];

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
