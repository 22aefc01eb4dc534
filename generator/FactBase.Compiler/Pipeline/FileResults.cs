using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// The first stage's output: every file's result, in the order the files were given, and the schema
/// the kind files make, which every checked file's result was checked against (by <see cref="SchemaKey"/>).
/// </summary>
public sealed record FileResults(SchemaModel Schema, ContentHash SchemaKey, EquatableArray<FileResult> Results)
{
    /// <summary>What the link reads: each checked file's summary or casualty, in file order.</summary>
    public EquatableArray<LinkEntry> LinkEntries()
    {
        var entries = new List<LinkEntry>(Results.Count);
        foreach (var result in Results)
        {
            if (result.Link is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new EquatableArray<LinkEntry>(entries.ToArray());
    }
}
