using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Model;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// A fact's <c>Dates</c>: every date its fields give, with the field's name, so that the
/// runtime's time queries ("as of", "during") read a fact's dates without reflection.
/// </summary>
public static class DatesEmitter
{
    /// <summary>The <c>Dates = [...],</c> assignment, or null when the fact's fields give no date.</summary>
    public static string? Assignment(FactModel fact)
    {
        var dates = fact.Fields
            .SelectMany(field => DatesIn(field.Value).Select(date =>
                $"new {TypeEmitter.Runtime}FactDate({CSharpLiteral.String(field.Name)}, new {TypeEmitter.Runtime}PartialDate({CSharpLiteral.NullableInt(date.Year)}, {CSharpLiteral.NullableInt(date.Month)}, {CSharpLiteral.NullableInt(date.Day)}))"))
            .ToList();
        return dates.Count == 0 ? null : $"Dates = [{string.Join(", ", dates)}],";
    }

    private static IEnumerable<DateValue> DatesIn(Value value) => value switch
    {
        DateValue date => [date],
        ListValue list => list.Items.SelectMany(DatesIn),
        _ => [],
    };
}
