using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;

namespace FactBase.Compiler.Schema;

/// <summary>
/// The kinds, resolved: each kind's fields with those it inherits, and which kind is a
/// kind of which. Built once per knowledge base; unknown bases and cycles are reported
/// and cut, so every lookup afterwards terminates.
/// </summary>
public sealed class KindSchema
{
    private readonly Dictionary<string, KindDefinition> _kinds;
    private readonly Dictionary<string, FieldDefinition[]> _allFields = new(System.StringComparer.Ordinal);

    private KindSchema(Dictionary<string, KindDefinition> kinds)
    {
        _kinds = kinds;
    }

    public IEnumerable<string> KindIds => _kinds.Keys.OrderBy(k => k, System.StringComparer.Ordinal);

    public IEnumerable<KindDefinition> Kinds => _kinds.Values.OrderBy(k => k.Id, System.StringComparer.Ordinal);

    public static KindSchema Build(IEnumerable<KindDefinition> definitions, List<Diagnostic> diagnostics, System.Func<string, bool>? isBrokenKind = null)
    {
        // Of the kinds that give one id, the one IdClaims prefers keeps it, as for facts.
        var claimed = definitions.OrderBy(k => k.IdClaim, Comparer<IdClaim>.Create(IdClaims.Compare)).ToList();
        var kinds = new Dictionary<string, KindDefinition>(System.StringComparer.Ordinal);
        foreach (var kind in claimed)
        {
            if (kinds.TryGetValue(kind.Id, out var keeper))
            {
                diagnostics.Add(IdClaims.Report(kind.IdClaim, keeper.IdClaim, "kind", id => claimed.Exists(k => k.Id == id)));
                continue;
            }

            kinds.Add(kind.Id, kind);
        }

        // Cut unknown bases and cycles, in a stable order, so that reports do not depend on file order.
        foreach (var id in kinds.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToList())
        {
            var kind = kinds[id];
            if (kind.Extends is null)
            {
                continue;
            }

            if (!kinds.ContainsKey(kind.Extends))
            {
                var others = kinds.Keys.Where(k => k != id).OrderBy(k => k, System.StringComparer.Ordinal).ToList();
                diagnostics.Add(DiagnosticDescriptors.UnknownKind.At(kind.Path, kind.ExtendsSpan, kind.Extends,
                    Suggestions.DidYouMean(kind.Extends, others), string.Join(", ", others)));
                kinds[id] = kind with { Extends = null };
                continue;
            }

            var chain = new List<string> { id };
            for (var current = kinds[kind.Extends]; ; current = kinds[current.Extends])
            {
                chain.Add(current.Id);
                if (current.Id == id)
                {
                    diagnostics.Add(DiagnosticDescriptors.CyclicExtends.At(kind.Path, kind.ExtendsSpan, id, string.Join(" -> ", chain)));
                    kinds[id] = kind with { Extends = null };
                    break;
                }

                if (current.Extends is null || chain.Count > kinds.Count)
                {
                    break;
                }
            }
        }

        CheckRefKinds(kinds, diagnostics, isBrokenKind ?? (_ => false));
        var schema = new KindSchema(kinds);
        schema.CheckInheritedFields(diagnostics);

        // Fill the inherited-field cache now, so that the schema is only read afterwards and may be shared.
        foreach (var id in kinds.Keys)
        {
            schema.AllFields(id);
        }

        return schema;
    }

    public KindDefinition? Find(string id) => _kinds.TryGetValue(id, out var kind) ? kind : null;

    /// <summary>Whether the kind, or a kind it extends, declared the field with an error already reported.</summary>
    public bool IsBrokenField(string kindId, string field)
    {
        for (var kind = Find(kindId); kind is not null; kind = kind.Extends is null ? null : Find(kind.Extends))
        {
            if (!kind.BrokenFields.IsEmpty && kind.BrokenFields.Contains(field))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A ref to a kind nobody declares is reported at the field, which then counts as broken;
    /// a ref to a kind whose own file is broken is not reported twice.
    /// </summary>
    private static void CheckRefKinds(Dictionary<string, KindDefinition> kinds, List<Diagnostic> diagnostics, System.Func<string, bool> isBrokenKind)
    {
        foreach (var id in kinds.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToList())
        {
            var kind = kinds[id];
            var unknown = kind.Fields.Where(f => RefKindOf(f.Type) is { } target && !kinds.ContainsKey(target)).ToList();
            foreach (var field in unknown.Where(f => !isBrokenKind(RefKindOf(f.Type)!)))
            {
                var target = RefKindOf(field.Type)!;
                diagnostics.Add(DiagnosticDescriptors.UnknownKind.At(kind.Path, field.Span, target,
                    Suggestions.DidYouMean(target, kinds.Keys), string.Join(", ", kinds.Keys.OrderBy(k => k, System.StringComparer.Ordinal))));
            }

            if (unknown.Count > 0)
            {
                kinds[id] = kind with
                {
                    Fields = kind.Fields.Where(f => !unknown.Contains(f)).ToEquatableArray(),
                    BrokenFields = kind.BrokenFields.Concat(unknown.Select(f => f.Name)).ToEquatableArray(),
                };
            }
        }
    }

    private static string? RefKindOf(FieldType type) => type switch
    {
        RefFieldType r => r.Kind,
        ListFieldType { Item: RefFieldType r } => r.Kind,
        _ => null,
    };

    /// <summary>The kind's fields, inherited ones first, in declaration order.</summary>
    public IReadOnlyList<FieldDefinition> AllFields(string kindId)
    {
        if (_allFields.TryGetValue(kindId, out var cached))
        {
            return cached;
        }

        var kind = _kinds[kindId];
        var fields = kind.Extends is null ? new List<FieldDefinition>() : new List<FieldDefinition>(AllFields(kind.Extends));
        foreach (var field in kind.Fields)
        {
            if (!fields.Any(f => f.Name == field.Name))
            {
                fields.Add(field);
            }
        }

        return _allFields[kindId] = [.. fields];
    }

    /// <summary>Whether a fact of <paramref name="kindId"/> may stand where <paramref name="wanted"/> is asked for.</summary>
    public bool IsA(string kindId, string wanted)
    {
        for (var current = Find(kindId); current is not null; current = current.Extends is null ? null : Find(current.Extends))
        {
            if (current.Id == wanted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind and every kind that extends it, directly or not.</summary>
    public IEnumerable<string> SelfAndDescendants(string kindId) => KindIds.Where(k => IsA(k, kindId));

    private void CheckInheritedFields(List<Diagnostic> diagnostics)
    {
        foreach (var kind in Kinds)
        {
            if (kind.Extends is null)
            {
                continue;
            }

            var inherited = AllFields(kind.Extends);
            foreach (var field in kind.Fields)
            {
                if (inherited.Any(f => f.Name == field.Name))
                {
                    var owner = Kinds.First(k => IsA(kind.Extends, k.Id) && k.Fields.Any(f => f.Name == field.Name));
                    diagnostics.Add(DiagnosticDescriptors.FieldRedeclared.At(kind.Path, field.Span, kind.Id, field.Name, owner.Id));
                }
            }
        }
    }
}
