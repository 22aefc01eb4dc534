using FactBase.Compiler.Common;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>The C# type of a field: <c>ref&lt;place&gt;?</c> becomes <c>global::FactBase.Ref&lt;global::Ns.Place&gt;?</c>.</summary>
public sealed class TypeEmitter(string ns, EmitPlan plan)
{
    public const string Runtime = "global::FactBase.";

    public string Namespace => ns;

    public string Qualified(string typeName) => $"global::{ns}.{typeName}";

    public string FieldType(FieldType type, string declaringKind, string field) => type switch
    {
        ScalarFieldType s => Scalar(s.Scalar),
        RefFieldType r => $"{Runtime}Ref<{RefTarget(r.Kind)}>",
        EnumFieldType => Qualified(Naming.EnumTypeName(declaringKind, field)),
        ListFieldType l => $"global::System.Collections.Generic.IReadOnlyList<{FieldType(l.Item, declaringKind, field)}>",
        _ => "object",
    };

    /// <summary>The class a ref resolves to; a plain fact when the kind could not be emitted.</summary>
    public string RefTarget(string kind) => plan.ById.TryGetValue(kind, out var target) ? Qualified(target.ClassName) : Runtime + "Fact";

    private static string Scalar(ScalarType scalar) => scalar switch
    {
        ScalarType.String => "string",
        ScalarType.Text => Runtime + "RichText",
        ScalarType.Int => "int",
        ScalarType.Decimal => "decimal",
        ScalarType.Bool => "bool",
        ScalarType.Date => Runtime + "PartialDate",
        ScalarType.Money => Runtime + "Money",
        ScalarType.Quantity => Runtime + "Quantity",
        ScalarType.Url => "global::System.Uri",
        _ => "object",
    };
}
