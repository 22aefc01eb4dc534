using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Syntax;
using FactBase.Cli.LanguageServer.Workspace;
using Range = FactBase.Cli.LanguageServer.Protocol.Range;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>
/// Document symbols (the fact, or the kind, with its keys and citations, for an outline) and
/// workspace symbols (facts by id and name, and kinds, matched fuzzily).
/// </summary>
internal static class Symbols
{
    /// <summary>At most this many workspace symbols: a short query in a large knowledge base matches thousands.</summary>
    public const int MaxWorkspaceSymbols = 200;

    public static IReadOnlyList<DocumentSymbol> InDocument(Session session, WorkspaceView view, string uri)
    {
        if (FileContext.Of(session, view, uri) is not { FrontMatter: { } frontMatter } file)
        {
            return [];
        }

        var keys = new List<DocumentSymbol>();
        var topLevel = frontMatter.TopLevelKeys().ToList();
        for (var i = 0; i < topLevel.Count; i++)
        {
            var (key, line) = topLevel[i];
            var last = (i + 1 < topLevel.Count ? topLevel[i + 1].Line : frontMatter.EndLine) - 1;
            var yaml = frontMatter.Line(line);
            var range = new Range(new Position(line, 0), new Position(last, file.Text.Line(last).Length));
            var name = new Range(new Position(line, yaml.KeyStart), new Position(line, yaml.KeyEnd));
            var children = key == "sources" ? Citations(frontMatter, line + 1, last) : null;
            var kind = key == "sources" || yaml.Value.StartsWith('[') ? SymbolKind.Array : file.IsKindFile ? SymbolKind.Property : SymbolKind.Field;
            keys.Add(new DocumentSymbol(key, yaml.Value.Length > 0 ? yaml.Value : null, kind, range, name, children));
        }

        var id = view.FactIn(file.Path)?.Id ?? frontMatter.ValueOf("id") ?? System.IO.Path.GetFileNameWithoutExtension(file.Path);
        var whole = new Range(new Position(0, 0), new Position(frontMatter.EndLine, 3));
        return [new DocumentSymbol(id, file.Kind, file.IsKindFile ? SymbolKind.Class : SymbolKind.Object, whole, new Range(new Position(0, 0), new Position(0, 3)), keys)];
    }

    /// <summary>Each citation under <c>sources:</c>, named by its source.</summary>
    private static List<DocumentSymbol> Citations(FrontMatterText frontMatter, int first, int last)
    {
        var citations = new List<DocumentSymbol>();
        for (var line = first; line <= last; line++)
        {
            var item = frontMatter.Line(line);
            if (!item.IsItem)
            {
                continue;
            }

            var end = line;
            while (end + 1 <= last && !frontMatter.Line(end + 1).IsItem)
            {
                end++;
            }

            var source = item.HasKey ? item.Value : item.Text[item.ContentStart..item.ValueEnd];
            var range = new Range(new Position(line, 0), new Position(end, frontMatter.Document.Line(end).Length));
            citations.Add(new DocumentSymbol(FrontMatterText.Unquote(source, out _) is { Length: > 0 } s ? s : "citation", null, SymbolKind.Object, range, new Range(new Position(line, item.ContentStart), new Position(line, item.Text.Length)), null));
        }

        return citations;
    }

    public static IReadOnlyList<SymbolInformation> InWorkspace(Session session, WorkspaceView view, string query)
    {
        var matches = new List<(int Score, SymbolInformation Symbol)>();
        foreach (var kind in view.Kinds.Kinds)
        {
            if (FuzzyMatch.Score(query, kind.Id) is { } score)
            {
                matches.Add((score, new SymbolInformation(kind.Id, SymbolKind.Class, session.LocationOf(kind.Path, kind.Span), "kind")));
            }
        }

        foreach (var fact in view.Facts.Values)
        {
            var score = FuzzyMatch.Score(query, fact.Id);
            var label = FactDescription.Label(view, fact);
            if ((score ?? (FuzzyMatch.Score(query, label) - 500)) is { } found)
            {
                var name = label.Length > 0 && label != fact.Id ? $"{fact.Id} ({label})" : fact.Id;
                matches.Add((found, new SymbolInformation(name, SymbolKind.Object, session.LocationOf(fact.Path, fact.IdSpan), fact.Kind)));
            }
        }

        return [.. matches
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Symbol.Name, System.StringComparer.Ordinal)
            .Take(MaxWorkspaceSymbols)
            .Select(m => m.Symbol)];
    }
}
