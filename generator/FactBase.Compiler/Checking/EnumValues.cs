using System.Linq;
using System.Runtime.CompilerServices;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Checking;

/// <summary>
/// One <see cref="EnumValue"/> per member of an enum type, shared by every fact that names it: a
/// checked fact lives as long as the generator's caches, and thousands of copies of the same few
/// values would be copied through every garbage collection of a cold run for nothing.
/// </summary>
internal static class EnumValues
{
    private static readonly ConditionalWeakTable<EnumFieldType, EnumValue[]> Members = new();

    /// <summary>The member's value, or null when <paramref name="member"/> is not one of the type's members.</summary>
    public static EnumValue? Of(EnumFieldType type, string member)
    {
        foreach (var value in Members.GetValue(type, static t => t.Members.Select(m => new EnumValue(m)).ToArray()))
        {
            if (value.Member == member)
            {
                return value;
            }
        }

        return null;
    }
}
