using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace FactBase.Tests.ContentQueries;

/// <summary>docs/article-map.md read as data: each sentence of the article with the ids of the facts that carry it.</summary>
internal static partial class ArticleMap
{
    public const string Path = "docs/article-map.md";

    public static IReadOnlyList<(string Sentence, IReadOnlyList<string> Ids)> Rows { get; } = Read();

    private static List<(string Sentence, IReadOnlyList<string> Ids)> Read()
    {
        var rows = new List<(string, IReadOnlyList<string>)>();
        foreach (var line in File.ReadAllLines(RepoPaths.File(Path)))
        {
            // | sentence | `id`, `id` |   (the header and the |---| line have no backticked ids)
            if (!line.StartsWith("| ", StringComparison.Ordinal) || !line.EndsWith(" |", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line[2..^2];
            var split = cells.LastIndexOf(" | ", StringComparison.Ordinal);
            var ids = split < 0 ? [] : Id().Matches(cells[(split + 3)..]).Select(m => m.Groups[1].Value).ToList();
            if (ids.Count > 0)
            {
                rows.Add((cells[..split], ids));
            }
        }

        return rows;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Id();
}
