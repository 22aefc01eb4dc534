using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Compiler.Reading;

/// <summary>
/// Front matter as written: scalars keep their text, untyped, with their place in the file.
/// Typing happens later, against the schema, so YAML never guesses (no Norway problem).
/// </summary>
public abstract record YamlNode(SourceSpan Span)
{
    /// <summary>How the node reads in a message: "a list", "a mapping", "a value".</summary>
    public abstract string Description { get; }
}

/// <summary>A scalar exactly as written; <see cref="IsPlainEmpty"/> marks <c>key:</c> with nothing after it.</summary>
public sealed record YamlScalar(string Text, bool IsPlainEmpty, SourceSpan Span) : YamlNode(Span)
{
    public override string Description => "a single value";
}

public sealed record YamlSequence(EquatableArray<YamlNode> Items, SourceSpan Span) : YamlNode(Span)
{
    public override string Description => "a list";
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

public sealed record YamlMapping(EquatableArray<YamlEntry> Entries, SourceSpan Span) : YamlNode(Span)
{
    public override string Description => "a mapping";

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Text == key)
            {
                return entry;
            }
        }

        return null;
    }
}
