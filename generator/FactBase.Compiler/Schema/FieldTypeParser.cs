using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;

namespace FactBase.Compiler.Schema;

/// <summary>
/// Parses a field type as written in a kind: <c>string</c>, <c>ref&lt;place&gt;?</c>,
/// <c>list&lt;ref&lt;person&gt;&gt;</c>, <c>enum(a, b, c)</c>. A trailing '?' makes it optional.
/// </summary>
public static class FieldTypeParser
{
    public static readonly string[] ScalarNames = ["string", "text", "int", "decimal", "bool", "date", "money", "quantity", "url"];

    public static bool TryParse(string written, out FieldType? type, out bool optional, out string suggestion)
    {
        var text = written.Trim();
        optional = text.EndsWith("?", StringComparison.Ordinal);
        if (optional)
        {
            text = text.Substring(0, text.Length - 1).TrimEnd();
        }

        type = Parse(text, depth: 0);
        suggestion = type is null ? Suggestions.DidYouMean(text, ScalarNames.Concat(["ref<kind>", "list<T>", "enum(a, b)"])) : string.Empty;
        return type is not null;
    }

    private static FieldType? Parse(string text, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        var index = Array.IndexOf(ScalarNames, text);
        if (index >= 0)
        {
            return new ScalarFieldType((ScalarType)index);
        }

        if (Inner(text, "ref<", '>') is { } kind)
        {
            return IsName(kind) ? new RefFieldType(kind) : null;
        }

        if (Inner(text, "list<", '>') is { } item)
        {
            return Parse(item, depth + 1) is { } itemType and not ListFieldType ? new ListFieldType(itemType) : null;
        }

        if (Inner(text, "enum(", ')') is { } members)
        {
            var names = members.Split(',').Select(m => m.Trim()).ToArray();
            return names.Length > 0 && names.All(IsName) && names.Distinct(StringComparer.Ordinal).Count() == names.Length
                ? new EnumFieldType(names.ToEquatableArray())
                : null;
        }

        return null;
    }

    private static string? Inner(string text, string open, char close) =>
        text.StartsWith(open, StringComparison.Ordinal) && text.Length > open.Length + 1 && text[text.Length - 1] == close
            ? text.Substring(open.Length, text.Length - open.Length - 1).Trim()
            : null;

    /// <summary>Kind names and enum members: lower-case kebab-case, like ids.</summary>
    internal static bool IsName(string text) => Ids.IsKebabCase(text);
}
