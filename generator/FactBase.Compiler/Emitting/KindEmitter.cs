using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// One kind's own file: its enums, its class, and its collection class with <c>All</c>, the store
/// of its facts and the reader that creates a fact from its record. The facts' typed properties
/// live in the chunk files (<see cref="ChunkEmitter"/>) and their records in the records resource,
/// so this file changes only with the schema.
/// </summary>
public sealed class KindEmitter(TypeEmitter types)
{
    public const string Storage = TypeEmitter.Runtime + "Storage.";

    // Member names of the collection class that no fact can take: facts' names start upper-case (or '_' and a digit).
    public const string StoreMember = "facts";
    public const string FactAt = "at";
    public const string ReadMember = "read";

    /// <summary>The kind's file; <paramref name="ordinal"/> is the kind's number in the plan, which the records resource lists kinds by.</summary>
    public string Emit(KindPlan kind, int ordinal)
    {
        var writer = FileHeader.Start(types.Namespace);
        foreach (var (field, _) in kind.OwnProperties)
        {
            if (EmitPlan.EnumOf(field.Type) is { } enumType)
            {
                WriteEnum(writer, kind, field, enumType);
            }
        }

        WriteClass(writer, kind);
        writer.Line();
        WriteCollection(writer, kind, ordinal);
        return writer.ToString();
    }

    /// <summary>Every property of the kind's class, inherited first, in the order the kinds declare them: the record's order.</summary>
    public static IEnumerable<(KindPlan Declaring, FieldDefinition Field, string Property)> Properties(KindPlan kind)
    {
        var chain = new List<KindPlan>();
        for (var plan = kind; plan is not null; plan = plan.Base)
        {
            chain.Insert(0, plan);
        }

        foreach (var plan in chain)
        {
            foreach (var (field, property) in plan.OwnProperties)
            {
                yield return (plan, field, property);
            }
        }
    }

    /// <summary>The enum's C# members in order, a member whose name another took left out.</summary>
    public static List<string> EnumMembers(EnumFieldType enumType)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        return enumType.Members.Select(Naming.Pascal).Where(written.Add).ToList();
    }

    private static void WriteEnum(CodeWriter writer, KindPlan kind, FieldDefinition field, EnumFieldType enumType)
    {
        writer.Doc("summary", $"The values of the field '{field.Name}' of the kind '{kind.Kind.Id}'.");
        writer.Open("public enum " + Naming.EnumTypeName(kind.Kind.Id, field.Name));
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in enumType.Members.Where(m => written.Add(Naming.Pascal(m))))
        {
            writer.Doc("summary", $"Written '{member}'.");
            writer.Line(Naming.Pascal(member) + ",");
        }

        writer.Close().Line();
    }

    private void WriteClass(CodeWriter writer, KindPlan kind)
    {
        var doc = kind.Kind.Doc.Length > 0 ? kind.Kind.Doc : $"A fact of the kind '{kind.Kind.Id}'.";
        var baseType = kind.Base is null ? TypeEmitter.Runtime + "Fact" : types.Qualified(kind.Base.ClassName);
        writer.Doc("summary", doc);
        writer.Open($"public partial class {kind.ClassName} : {baseType}");
        var first = true;
        foreach (var (field, property) in kind.OwnProperties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var type = types.FieldType(field.Type, kind.Kind.Id, field.Name);
            writer.Doc("summary", field.Doc ?? $"The field '{field.Name}' ({field.Display}).");
            writer.Line(field switch
            {
                { Type: ListFieldType, Optional: true } => $"public {type} {property} {{ get; init; }} = [];",
                { Optional: true } => $"public {type}? {property} {{ get; init; }}",
                _ => $"public required {type} {property} {{ get; init; }}",
            });
        }

        writer.Close();
    }

    private void WriteCollection(CodeWriter writer, KindPlan kind, int ordinal)
    {
        var className = types.Qualified(kind.ClassName);
        writer.Doc("summary", $"The facts of the kind '{kind.Kind.Id}': one property per fact, and All.");
        writer.Open($"public static partial class {kind.CollectionName}");
        writer.Line($"internal static readonly {Storage}FactStore {StoreMember} = {types.Qualified(Naming.KnowledgeBaseClass)}.Base.Store({ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {ReadMember});");
        writer.Line();
        var children = kind.Children.Select(c => ", .. " + types.Qualified(c.CollectionName) + "." + Naming.AllMember);
        writer.Doc("summary", $"Every fact of the kind '{kind.Kind.Id}' in id order, then those of the kinds that extend it. Created on first use.");
        writer.Line($"public static {TypeEmitter.Runtime}FactCollection<{className}> {Naming.AllMember} {{ get; }} = new(static () => [.. {StoreMember}.All<{className}>(){string.Concat(children)}]);");
        writer.Line();

        // One call per fact property, to a method of the kind's type: each property costs the
        // compiler one plain invocation to bind, no cast and no generic inference.
        writer.Line($"private static {className} {FactAt}(int index) => ({className}){StoreMember}.Get(index);");
        writer.Line();
        writer.Line($"private static {TypeEmitter.Runtime}Fact {ReadMember}(ref {Storage}FactReader r, string id, string path) => new {className}");
        writer.Line("{");
        writer.Line("    Id = id,");
        writer.Line($"    Kind = {CSharpLiteral.String(kind.Kind.Id)},");
        writer.Line("    Path = path,");
        foreach (var (declaring, field, property) in Properties(kind))
        {
            writer.Line($"    {property} = {Read(field.Type, field.Optional, declaring.Kind.Id, field.Name, "r")},");
        }

        // The dates the reader met in the fields above, in the order it read them: what the time queries read.
        if (Properties(kind).Any(p => IsDate(p.Field.Type)))
        {
            writer.Line("    Dates = r.Dates(),");
        }

        writer.Line("    Sources = r.Citations(),");
        writer.Line("    Body = r.Body(),");
        writer.Line("    ReferencedBy = r.Backlinks(),");
        writer.Line("};");
        writer.Close();
    }

    private static bool IsDate(FieldType type) => type switch
    {
        ScalarFieldType { Scalar: ScalarType.Date } => true,
        ListFieldType list => IsDate(list.Item),
        _ => false,
    };

    /// <summary>The reader call for a property: the record holds its value, or '~' when it is absent.</summary>
    private string Read(FieldType type, bool optional, string declaringKind, string field, string reader)
    {
        var orNull = optional ? "OrNull" : string.Empty;
        switch (type)
        {
            case ListFieldType list:
                var item = Read(list.Item, optional: false, declaringKind, field, "x");
                return $"{reader}.List(static (ref {Storage}FactReader x) => {item})";
            case RefFieldType r:
                return $"{reader}.Ref{orNull}<{types.RefTarget(r.Kind)}>()";
            case EnumFieldType:
                var enumType = types.FieldType(type, declaringKind, field);
                return optional ? $"({enumType}?){reader}.IntOrNull()" : $"({enumType}){reader}.Int()";
            case ScalarFieldType scalar:
                var method = scalar.Scalar switch
                {
                    ScalarType.String => "String",
                    ScalarType.Text => "RichText",
                    ScalarType.Int => "Int",
                    ScalarType.Decimal => "Decimal",
                    ScalarType.Bool => "Bool",
                    ScalarType.Date => "Date",
                    ScalarType.Money => "Money",
                    ScalarType.Quantity => "Quantity",
                    _ => "Uri",
                };
                // A date's reader is given the field's name, so that it can list the fact's Dates as it reads them.
                var argument = scalar.Scalar == ScalarType.Date ? CSharpLiteral.String(field) : string.Empty;
                return $"{reader}.{method}{orNull}({argument})";
            default:
                return "default!";
        }
    }
}
