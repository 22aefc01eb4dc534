using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FactBase.Compiler.Common;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// What each record of a kind holds, in order, worked out once per kind: its fields (inherited
/// first, as <see cref="KindEmitter.Properties"/> lists them) and, for each enum field, the index
/// of every member as written. Worked out per fact, the chain of kinds, the enum's C# names and
/// their lookups were a third of a chunk's emission (docs/performance.md).
/// </summary>
internal sealed class RecordShape
{
    // Keyed by the plan, which an emit context makes once: the shapes live as long as the plan.
    private static readonly ConditionalWeakTable<KindPlan, RecordShape> Shapes = new();

    private RecordShape(KindPlan kind)
    {
        Fields = KindEmitter.Properties(kind).Select(p => p.Field).ToArray();
        EnumIndexes = Fields.Select(f => EnumIndexesOf(f.Type)).ToArray();
    }

    /// <summary>The record's fields, in order.</summary>
    public FieldDefinition[] Fields { get; }

    /// <summary>For each field of <see cref="Fields"/> that is an enum (or a list of one), each member as written and its index; null for the others.</summary>
    public Dictionary<string, int>?[] EnumIndexes { get; }

    public static RecordShape Of(KindPlan kind) => Shapes.GetValue(kind, k => new RecordShape(k));

    /// <summary>The index of the member the value names among the enum's C# members (0 when it names none, which the checker never lets by).</summary>
    public static int EnumIndex(EnumFieldType type, Dictionary<string, int>? indexes, string member) =>
        indexes is not null && indexes.TryGetValue(member, out var index)
            ? index
            : System.Math.Max(0, KindEmitter.EnumMembers(type).IndexOf(Naming.Pascal(member)));

    private static Dictionary<string, int>? EnumIndexesOf(FieldType type)
    {
        while (type is ListFieldType list)
        {
            type = list.Item;
        }

        if (type is not EnumFieldType enumType)
        {
            return null;
        }

        var members = KindEmitter.EnumMembers(enumType);
        var indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var member in enumType.Members)
        {
            indexes[member] = System.Math.Max(0, members.IndexOf(Naming.Pascal(member)));
        }

        return indexes;
    }
}
