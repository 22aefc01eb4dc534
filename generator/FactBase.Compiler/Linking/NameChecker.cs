using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Linking;

/// <summary>
/// Reports names that would collide once made C#: two kinds, collections or enums with one
/// type name, two facts or fields with one member name, a field that would hide a member
/// of FactBase.Fact. Without this the generated code would not compile.
/// </summary>
public sealed class NameChecker(KindSchema schema, List<Diagnostic> diagnostics)
{
    /// <summary>Kinds, collections, enums and fields: the schema's names alone.</summary>
    public void CheckSchema()
    {
        CheckTypeNames();
        foreach (var kind in schema.Kinds)
        {
            CheckFieldNames(kind);
        }
    }

    /// <summary>Facts' member names within their kind's collection; <paramref name="facts"/> sorted by id.</summary>
    public void CheckFacts(IReadOnlyList<FactSummary> facts) => CheckFactNames(facts);

    private void CheckTypeNames()
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal) { [Naming.KnowledgeBaseClass] = "the knowledge base class" };
        var kbMembers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in Naming.KnowledgeBaseMembers)
        {
            kbMembers[member] = $"the member '{member}' of {Naming.KnowledgeBaseClass}";
        }

        foreach (var kind in schema.Kinds)
        {
            Claim(types, Naming.Pascal(kind.Id), $"the kind '{kind.Id}'", kind.Path, kind.Span);
            if (Claim(types, Naming.Pascal(kind.Plural), $"the plural '{kind.Plural}' of the kind '{kind.Id}'", kind.Path, kind.Span))
            {
                Claim(kbMembers, Naming.Pascal(kind.Plural), $"the plural '{kind.Plural}' of the kind '{kind.Id}'", kind.Path, kind.Span);
            }
            foreach (var field in kind.Fields)
            {
                if (EnumOf(field.Type) is { } enumType)
                {
                    Claim(types, Naming.EnumTypeName(kind.Id, field.Name), $"the enum of '{kind.Id}.{field.Name}'", kind.Path, field.Span);
                    var members = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var member in enumType.Members)
                    {
                        Claim(members, Naming.Pascal(member), $"the enum value '{member}'", kind.Path, field.Span);
                    }
                }
            }
        }
    }

    private void CheckFieldNames(KindDefinition kind)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in schema.AllFields(kind.Id))
        {
            var name = Naming.Pascal(field.Name);
            if (Array.IndexOf(Naming.FactMembers, name) >= 0 || name == Naming.Pascal(kind.Id))
            {
                diagnostics.Add(DiagnosticDescriptors.ReservedName.At(kind.Path, field.Span, field.Name, $"as a C# property it would be '{name}', which every {kind.Id} already has"));
                continue;
            }

            if (kind.Fields.Any(f => f == field))
            {
                Claim(members, name, $"the field '{field.Name}'", kind.Path, field.Span);
            }
            else
            {
                members[name] = $"the field '{field.Name}'";
            }
        }
    }

    private void CheckFactNames(IReadOnlyList<FactSummary> facts)
    {
        // Per kind: the members every collection has, and the facts' members by the id that took them
        // (an owner is described only when another claims its name: most names are never claimed twice).
        var byKind = new Dictionary<string, (Dictionary<string, string> Reserved, Dictionary<string, string> FactIds)>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (!byKind.TryGetValue(fact.Kind, out var members))
            {
                var kind = schema.Find(fact.Kind)!;
                var reserved = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [Naming.AllMember] = "the collection's 'All'",
                    [Naming.Pascal(kind.Plural)] = "the collection class itself",
                };
                foreach (var member in Naming.ObjectMembers)
                {
                    reserved[member] = $"System.Object's '{member}'";
                }

                members = (reserved, new Dictionary<string, string>(StringComparer.Ordinal));
                byKind.Add(fact.Kind, members);
            }

            var name = Naming.Pascal(fact.Id);
            var first = members.Reserved.TryGetValue(name, out var reservedFor) ? reservedFor
                : members.FactIds.TryGetValue(name, out var firstId) ? FactOwner(firstId)
                : null;
            if (first is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.NameCollision.At(fact.Path, fact.IdSpan, first, FactOwner(fact.Id), name));
            }
            else
            {
                members.FactIds.Add(name, fact.Id);
            }
        }
    }

    private static string FactOwner(string id) => $"the fact '{id}'";

    /// <summary>Takes the name for its owner, or reports who has it; true when taken.</summary>
    private bool Claim(Dictionary<string, string> taken, string name, string owner, string path, SourceSpan span)
    {
        if (taken.TryGetValue(name, out var first))
        {
            diagnostics.Add(DiagnosticDescriptors.NameCollision.At(path, span, first, owner, name));
            return false;
        }

        taken.Add(name, owner);
        return true;
    }

    private static EnumFieldType? EnumOf(FieldType type) => type switch
    {
        EnumFieldType e => e,
        ListFieldType { Item: EnumFieldType e } => e,
        _ => null,
    };
}
