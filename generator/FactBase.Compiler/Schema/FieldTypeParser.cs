using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;

namespace FactBase.Compiler.Schema;

/// <summary>
/// Parses a field type as written in a kind: <c>string</c>, <c>ref&lt;place&gt;?</c>,
/// <c>list&lt;ref&lt;person&gt;&gt;</c>, <c>enum(a, b, c)</c>. A trailing '?' makes it optional.
/// When it cannot, it says which rule the text broke, or which type was probably meant.
/// </summary>
public static class FieldTypeParser
{
    public static readonly string[] ScalarNames = ["string", "text", "int", "decimal", "bool", "date", "money", "quantity", "url"];

    /// <summary>Names from other languages and schemas, and what they are here.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["integer"] = "int",
        ["long"] = "int",
        ["number"] = "decimal",
        ["float"] = "decimal",
        ["double"] = "decimal",
        ["boolean"] = "bool",
        ["datetime"] = "date",
        ["str"] = "string",
        ["markdown"] = "text",
        ["uri"] = "url",
        ["link"] = "url",
        ["currency"] = "money",
        ["amount"] = "money",
        ["count"] = "quantity",
        ["reference"] = "ref<kind>",
        ["ref"] = "ref<kind>",
        ["array"] = "list<T>",
        ["list"] = "list<T>",
        ["enum"] = "enum(a, b, c)",
    };

    /// <param name="why">When false: " (did you mean 'x'?)" or ": reason", for the message.</param>
    public static bool TryParse(string written, out FieldType? type, out bool optional, out string why)
    {
        var text = written.Trim();
        optional = text.EndsWith("?", StringComparison.Ordinal);
        if (optional)
        {
            text = text.Substring(0, text.Length - 1).TrimEnd();
        }

        why = string.Empty;
        type = Parse(text, depth: 0, ref why);
        if (type is null && why.Length == 0)
        {
            why = Synonyms.TryGetValue(text, out var meant)
                ? $" (did you mean '{meant}'?)"
                : Suggestions.DidYouMean(text, ScalarNames.Concat(["ref<kind>", "list<T>", "enum(a, b)"]));
        }

        return type is not null;
    }

    private static FieldType? Parse(string text, int depth, ref string why)
    {
        var index = Array.IndexOf(ScalarNames, text);
        if (index >= 0)
        {
            return new ScalarFieldType((ScalarType)index);
        }

        if (Inner(text, "ref<", '>') is { } kind)
        {
            if (IsName(kind))
            {
                return new RefFieldType(kind);
            }

            why = $": a ref names a kind in lower-case kebab-case, as in 'ref<{Ids.ToKebabCase(kind)}>'";
            return null;
        }

        if (Inner(text, "list<", '>') is { } item)
        {
            if (depth > 0)
            {
                why = ": a list holds single values, not lists";
                return null;
            }

            var itemType = Parse(item, depth + 1, ref why);
            return itemType is null ? null : new ListFieldType(itemType);
        }

        if (Inner(text, "enum(", ')') is { } members)
        {
            var names = members.Split(',').Select(m => m.Trim()).ToArray();
            var bad = names.FirstOrDefault(n => !IsName(n));
            var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
            why = bad is not null ? $": the enum value '{bad}' is not lower-case kebab-case"
                : twice is not null ? $": the enum value '{twice}' appears twice"
                : string.Empty;
            return why.Length == 0 ? new EnumFieldType(names.ToEquatableArray()) : null;
        }

        return null;
    }

    private static string? Inner(string text, string open, char close) =>
        text.StartsWith(open, StringComparison.Ordinal) && text.Length > open.Length && text[text.Length - 1] == close
            ? text.Substring(open.Length, text.Length - open.Length - 1).Trim()
            : null;

    /// <summary>Kind names and enum members: lower-case kebab-case, like ids.</summary>
    internal static bool IsName(string text) => Ids.IsKebabCase(text);
}
