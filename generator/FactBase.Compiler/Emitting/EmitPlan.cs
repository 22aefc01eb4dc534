using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>A kind as it will be emitted: its C# names, its own properties, its facts and the kinds extending it.</summary>
public sealed class KindPlan(KindDefinition kind, string className, string collectionName)
{
    public KindDefinition Kind { get; } = kind;

    public string ClassName { get; } = className;

    public string CollectionName { get; } = collectionName;

    public KindPlan? Base { get; set; }

    public List<(FieldDefinition Field, string Property)> OwnProperties { get; } = [];

    public Dictionary<string, string> PropertyOf { get; } = new(StringComparer.Ordinal);

    public List<KindPlan> Children { get; } = [];
}

/// <summary>
/// Decides every C# name before any code is written. The linker reports collisions as
/// diagnostics; this plan also skips whatever would still collide, so that even content
/// with errors yields code that compiles and the build shows the FB errors alone.
/// </summary>
public sealed class EmitPlan
{
    private EmitPlan(List<KindPlan> kinds, Dictionary<string, KindPlan> byId)
    {
        Kinds = kinds;
        ById = byId;
    }

    public IReadOnlyList<KindPlan> Kinds { get; }

    public IReadOnlyDictionary<string, KindPlan> ById { get; }

    /// <summary>The names of the kinds' types, collections, enums and properties; the facts' members are placed by <see cref="Placement"/>.</summary>
    public static EmitPlan Create(IEnumerable<KindDefinition> definitions)
    {
        var types = new HashSet<string>(StringComparer.Ordinal) { Naming.KnowledgeBaseClass };
        var kbMembers = new HashSet<string>(Naming.KnowledgeBaseMembers, StringComparer.Ordinal);
        var kinds = new List<KindPlan>();
        var byId = new Dictionary<string, KindPlan>(StringComparer.Ordinal);
        foreach (var kind in definitions)
        {
            var className = Naming.Pascal(kind.Id);
            var collectionName = Naming.Pascal(kind.Plural);
            var enumNames = kind.Fields.Where(f => EnumOf(f.Type) is not null).Select(f => Naming.EnumTypeName(kind.Id, f.Name)).ToList();
            var names = new[] { className, collectionName }.Concat(enumNames).ToList();
            if (names.Distinct(StringComparer.Ordinal).Count() != names.Count || names.Any(types.Contains) || kbMembers.Contains(collectionName))
            {
                continue;
            }

            types.UnionWith(names);
            kbMembers.Add(collectionName);
            var plan = new KindPlan(kind, className, collectionName);
            kinds.Add(plan);
            byId.Add(kind.Id, plan);
        }

        // Bases first, so that a kind's inherited property names are known before its own.
        foreach (var plan in kinds)
        {
            if (plan.Kind.Extends is { } baseId && byId.TryGetValue(baseId, out var basePlan))
            {
                plan.Base = basePlan;
                basePlan.Children.Add(plan);
            }
        }

        foreach (var plan in kinds.Where(k => k.Base is null))
        {
            PlanProperties(plan, new HashSet<string>(Naming.FactMembers, StringComparer.Ordinal));
        }

        return new EmitPlan(kinds, byId);
    }

    public static EnumFieldType? EnumOf(FieldType type) => type switch
    {
        EnumFieldType e => e,
        ListFieldType { Item: EnumFieldType e } => e,
        _ => null,
    };

    private static void PlanProperties(KindPlan plan, HashSet<string> taken)
    {
        var mine = new HashSet<string>(taken, StringComparer.Ordinal) { plan.ClassName };
        foreach (var inherited in plan.Base?.PropertyOf ?? [])
        {
            plan.PropertyOf[inherited.Key] = inherited.Value;
        }

        foreach (var field in plan.Kind.Fields)
        {
            var property = Naming.Pascal(field.Name);
            if (plan.PropertyOf.ContainsKey(field.Name) || !mine.Add(property))
            {
                continue;
            }

            plan.OwnProperties.Add((field, property));
            plan.PropertyOf[field.Name] = property;
        }

        foreach (var child in plan.Children)
        {
            PlanProperties(child, mine);
        }
    }
}
