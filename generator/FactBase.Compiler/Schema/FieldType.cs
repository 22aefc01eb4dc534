using FactBase.Compiler.Common;

namespace FactBase.Compiler.Schema;

/// <summary>The scalar types of docs/content.md (Field types), typed from the text as written.</summary>
public enum ScalarType
{
    String,
    Text,
    Int,
    Decimal,
    Bool,
    Date,
    Money,
    Quantity,
    Url,
}

/// <summary>A field's type: a scalar, a ref to a kind, a list, or an enum.</summary>
public abstract record FieldType
{
    /// <summary>The type as the schema spells it, for messages.</summary>
    public abstract string Display { get; }
}

public sealed record ScalarFieldType(ScalarType Scalar) : FieldType
{
    public override string Display => Scalar.ToString().ToLowerInvariant();
}

public sealed record RefFieldType(string Kind) : FieldType
{
    public override string Display => $"ref<{Kind}>";
}

public sealed record ListFieldType(FieldType Item) : FieldType
{
    public override string Display => $"list<{Item.Display}>";
}

public sealed record EnumFieldType(EquatableArray<string> Members) : FieldType
{
    public override string Display => $"enum({string.Join(", ", Members)})";
}
