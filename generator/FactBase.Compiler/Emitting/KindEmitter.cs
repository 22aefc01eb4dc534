using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>One kind's file: its enums, its class, and its collection class with a property per fact.</summary>
public sealed class KindEmitter(TypeEmitter types, ValueEmitter values)
{
    public string Emit(KindPlan kind)
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
        WriteCollection(writer, kind);
        return writer.ToString();
    }

    private static void WriteEnum(CodeWriter writer, KindPlan kind, FieldDefinition field, EnumFieldType enumType)
    {
        writer.Lines(XmlDoc.Summary($"The values of the field '{field.Name}' of the kind '{kind.Kind.Id}'."));
        writer.Open("public enum " + Naming.EnumTypeName(kind.Kind.Id, field.Name));
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in enumType.Members.Where(m => written.Add(Naming.Pascal(m))))
        {
            writer.Lines(XmlDoc.Summary($"Written '{member}'."));
            writer.Line(Naming.Pascal(member) + ",");
        }

        writer.Close().Line();
    }

    private void WriteClass(CodeWriter writer, KindPlan kind)
    {
        var doc = kind.Kind.Doc.Length > 0 ? kind.Kind.Doc : $"A fact of the kind '{kind.Kind.Id}'.";
        var baseType = kind.Base is null ? TypeEmitter.Runtime + "Fact" : types.Qualified(kind.Base.ClassName);
        writer.Lines(XmlDoc.Summary(doc));
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
            writer.Lines(XmlDoc.Summary(field.Doc ?? $"The field '{field.Name}' ({field.Display})."));
            writer.Line(field switch
            {
                { Type: ListFieldType, Optional: true } => $"public {type} {property} {{ get; init; }} = [];",
                { Optional: true } => $"public {type}? {property} {{ get; init; }}",
                _ => $"public required {type} {property} {{ get; init; }}",
            });
        }

        writer.Close();
    }

    private void WriteCollection(CodeWriter writer, KindPlan kind)
    {
        var className = types.Qualified(kind.ClassName);
        writer.Lines(XmlDoc.Summary($"The facts of the kind '{kind.Kind.Id}': one property per fact, and All."));
        writer.Open($"public static partial class {kind.CollectionName}");
        foreach (var (fact, member) in kind.Facts)
        {
            WriteFact(writer, kind, className, fact, member);
            writer.Line();
        }

        var elements = kind.Facts.Select(f => f.Member)
            .Concat(kind.Children.Select(c => ".. " + types.Qualified(c.CollectionName) + "." + Naming.AllMember));
        writer.Lines(XmlDoc.Summary($"Every fact of the kind '{kind.Kind.Id}' in id order, then those of the kinds that extend it."));
        writer.Line($"public static {TypeEmitter.Runtime}FactCollection<{className}> {Naming.AllMember} {{ get; }} = new([{string.Join(", ", elements)}]);");
        writer.Close();
    }

    private void WriteFact(CodeWriter writer, KindPlan kind, string className, FactModel fact, string member)
    {
        writer.Lines(XmlDoc.Summary(fact.Body.Summary.Length > 0 ? fact.Body.Summary : $"The {fact.Kind} '{fact.Id}'."));
        writer.Lines(XmlDoc.Remarks($"From {fact.RelativePath}."));
        writer.Line($"public static {className} {member} {{ get; }} = new()");
        writer.Line("{");
        writer.Line($"    Id = {CSharpLiteral.String(fact.Id)},");
        writer.Line($"    Kind = {CSharpLiteral.String(fact.Kind)},");
        writer.Line($"    Path = {CSharpLiteral.String(fact.RelativePath)},");
        foreach (var line in FieldAssignments(kind, fact))
        {
            writer.Line("    " + line);
        }

        if (DatesEmitter.Assignment(fact) is { } dates)
        {
            writer.Line("    " + dates);
        }

        if (fact.Sources.Count > 0)
        {
            writer.Line($"    Sources = [{string.Join(", ", fact.Sources.Select(Citation))}],");
        }

        if (fact.Body.Text.Length > 0)
        {
            var body = fact.Body;
            writer.Line($"    Body = new {TypeEmitter.Runtime}FactBody({CSharpLiteral.String(body.Text)}, {CSharpLiteral.String(body.Html)}, {CSharpLiteral.String(body.Summary)}),");
        }

        if (fact.Backlinks.Count > 0)
        {
            var backlinks = fact.Backlinks.Select(b => $"new {TypeEmitter.Runtime}Backlink({values.Ref(TypeEmitter.Runtime + "Fact", b.FromId)}, {CSharpLiteral.String(b.Field)})");
            writer.Line($"    ReferencedBy = [{string.Join(", ", backlinks)}],");
        }

        writer.Line("};");
    }

    /// <summary>Every property the fact's class has, own and inherited; a required one without a valid value gets <c>default!</c>.</summary>
    private IEnumerable<string> FieldAssignments(KindPlan kind, FactModel fact)
    {
        var chain = new List<KindPlan>();
        for (var plan = kind; plan is not null; plan = plan.Base)
        {
            chain.Insert(0, plan);
        }

        // Inherited fields first, in the order the kinds declare them.
        foreach (var plan in chain)
        {
            foreach (var (field, property) in plan.OwnProperties)
            {
                var value = fact.Fields.FirstOrDefault(f => f.Name == field.Name)?.Value;
                if (value is not null)
                {
                    yield return $"{property} = {values.Value(value, field.Type, plan.Kind.Id, field.Name)},";
                }
                else if (!field.Optional)
                {
                    yield return $"{property} = default!,";
                }
            }
        }
    }

    private string Citation(CitationModel citation)
    {
        var fact = TypeEmitter.Runtime + "Fact";
        var by = citation.By is { } b ? values.Ref(fact, b.Id) : "null";
        return $"new {TypeEmitter.Runtime}Citation({values.Ref(fact, citation.Source.Id)}, {CSharpLiteral.String(citation.Quote)}, {TypeEmitter.Runtime}CitationStatus.{citation.Status}, {by}, {CSharpLiteral.String(citation.Note)})";
    }
}
