using FactBase.Compiler.Common;
using FactBase.Compiler.Pipeline;

namespace FactBase.Compiler.Emitting;

/// <summary>What a fact's place depends on: its id, its kind and its file (which tells a duplicate the link dropped, and which the documentation names).</summary>
/// <param name="Id">The fact's id; null for a result that is no fact.</param>
public readonly record struct FactKey(string? Id, string Kind, string Path, string RelativePath);

/// <summary>
/// Every result's <see cref="FactKey"/>, in result order, with the schema's key: all that places the
/// facts (<see cref="Placement"/>), equal after an edit of a body or a value.
/// </summary>
public sealed record FactKeys(EquatableArray<FactKey> Keys, ContentHash SchemaKey)
{
    public static FactKeys Of(FileResults files)
    {
        var keys = new FactKey[files.Results.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            if (files.Results[i].FactSummary is { } fact)
            {
                keys[i] = new FactKey(fact.Id, fact.Kind, fact.Path, fact.RelativePath);
            }
        }

        return new FactKeys(new EquatableArray<FactKey>(keys), files.SchemaKey);
    }
}
