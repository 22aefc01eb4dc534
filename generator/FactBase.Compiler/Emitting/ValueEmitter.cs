using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>A checked value as a C# expression; every string goes through <see cref="CSharpLiteral"/>.</summary>
public sealed class ValueEmitter(TypeEmitter types)
{
    public string KnowledgeBase => types.Qualified(Naming.KnowledgeBaseClass) + ".Base";

    public string Value(Value value, FieldType type, string declaringKind, string field) => (value, type) switch
    {
        (ListValue list, ListFieldType listType) =>
            "[" + string.Join(", ", list.Items.Select(item => Value(item, listType.Item, declaringKind, field))) + "]",
        (StringValue s, _) => CSharpLiteral.String(s.Text),
        (TextValue t, _) => $"new {TypeEmitter.Runtime}RichText({CSharpLiteral.String(t.Markdown)}, {CSharpLiteral.String(t.Html)}, {CSharpLiteral.String(t.Plain)})",
        (IntValue i, _) => CSharpLiteral.Int(i.Number),
        (DecimalValue d, _) => CSharpLiteral.Decimal(d.Number),
        (BoolValue b, _) => CSharpLiteral.Bool(b.Flag),
        (DateValue d, _) => $"new {TypeEmitter.Runtime}PartialDate({CSharpLiteral.NullableInt(d.Year)}, {CSharpLiteral.NullableInt(d.Month)}, {CSharpLiteral.NullableInt(d.Day)})",
        (MoneyValue m, _) => $"new {TypeEmitter.Runtime}Money({CSharpLiteral.Decimal(m.Amount)}, {CSharpLiteral.String(m.Currency)}, {Qualifier(m.Qualifier)})",
        (QuantityValue q, _) => $"new {TypeEmitter.Runtime}Quantity({CSharpLiteral.Decimal(q.Number)}, {Qualifier(q.Qualifier)}, {CSharpLiteral.String(q.Unit)})",
        (UrlValue u, _) => $"new global::System.Uri({CSharpLiteral.String(u.Url)})",
        (RefValue r, RefFieldType refType) => Ref(types.RefTarget(refType.Kind), r.Id),
        (EnumValue e, EnumFieldType enumType) when enumType.Members.Contains(e.Member) =>
            types.FieldType(enumType, declaringKind, field) + "." + Naming.Pascal(e.Member),
        _ => "default!",
    };

    public string Ref(string targetType, string id) => $"new {TypeEmitter.Runtime}Ref<{targetType}>({CSharpLiteral.String(id)}, {KnowledgeBase})";

    private static string Qualifier(Qualifier qualifier) => $"{TypeEmitter.Runtime}Qualifier.{qualifier}";
}
