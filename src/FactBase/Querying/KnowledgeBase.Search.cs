using System;
using System.Collections.Generic;
using System.Linq;

namespace FactBase;

/// <summary>
/// Text search over bodies and citation quotes: ignoring case, typographic quotes and dashes
/// (<c>it's</c> finds <c>It’s</c>) and how whitespace is laid out.
/// </summary>
public sealed partial class KnowledgeBase
{
    /// <summary>The facts whose body or citation quotes contain <paramref name="text"/>, in id order.</summary>
    public IEnumerable<Fact> Search(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var needle = TextFolding.Fold(text);
        return Facts.Where(f =>
            TextFolding.ContainsFolded(f.Body.Text, needle)
            || f.Sources.Any(c => c.Quote is not null && TextFolding.ContainsFolded(c.Quote, needle)));
    }

    /// <summary>The citations whose quote contains <paramref name="text"/>, with their facts: which facts rest on those words.</summary>
    public IEnumerable<CitedFact> SearchQuotes(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var needle = TextFolding.Fold(text);
        return Facts.SelectMany(f => f.Sources
            .Where(c => c.Quote is not null && TextFolding.ContainsFolded(c.Quote, needle))
            .Select(c => new CitedFact(f, c)));
    }
}
