using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Syntax;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Cli.Schemas;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Schema;
using Range = FactBase.Cli.LanguageServer.Protocol.Range;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>
/// Completion in front matter: keys (a fact's missing fields, required ones first; a citation's
/// keys), and values by the field's type (kinds, fact ids of the ref's kind matched fuzzily with
/// each fact's name, enum members, bools, qualifiers, scale words and currencies; in
/// <c>sources:</c>, source ids and statuses). Each item replaces the word under the cursor.
/// </summary>
internal static class Completions
{
    /// <summary>At most this many ids: more makes the list incomplete, and the next keystroke asks again.</summary>
    public const int MaxItems = 100;

    private static readonly string[] Qualifiers = ["about", "more than", "at least", "less than", "at most"];
    private static readonly string[] ScaleWords = ["thousand", "million", "billion", "trillion"];
    private static readonly string[] CitationKeys = ["source", "quote", "status", "by", "note"];
    private static readonly string[] KindKeys = ["id", "plural", "extends", "fields"];

    public static CompletionList Complete(Session session, WorkspaceView view, string uri, Position position)
    {
        if (FileContext.Of(session, view, uri) is not { FrontMatter: { } frontMatter } file || frontMatter.At(position) is not { } spot)
        {
            return CompletionList.Empty;
        }

        var range = file.Text.RangeOf(spot.TokenStart, spot.TokenEnd);
        return spot switch
        {
            { Kind: SpotKind.Key, InSources: true } => Keys(spot, CitationKeys.Where(k => !spot.SiblingKeys.Contains(k)).Select(k => Key(k, null, null, "0", range))),
            { Kind: SpotKind.Key } when file.IsKindFile => Keys(spot, KindKeys.Where(k => !spot.SiblingKeys.Contains(k)).Select(k => Key(k, null, null, "0", range))),
            { Kind: SpotKind.Key } => Keys(spot, FieldKeys(session, view, file, spot, range)),
            { Kind: SpotKind.Value, InSources: true } => InSources(view, spot, range),
            { Kind: SpotKind.Value, Field: "kind" } => Kinds(view, spot, range, withKind: true),
            { Kind: SpotKind.Value, Field: "extends" } when file.IsKindFile => Kinds(view, spot, range, withKind: false),
            { Kind: SpotKind.Value } when file.Field(view, spot.Field) is { } field => Values(view, file, spot, field, range),
            _ => CompletionList.Empty,
        };
    }

    private static CompletionList Keys(Spot spot, IEnumerable<CompletionItem> items) => new(false, [.. items.Where(i => FuzzyMatch.Score(spot.Token, i.Label) is not null)]);

    /// <summary>The fields of the file's kind not written yet, required ones first, then <c>sources</c> and <c>id</c>; <c>kind</c> when it is missing.</summary>
    private static IEnumerable<CompletionItem> FieldKeys(Session session, WorkspaceView view, FileContext file, Spot spot, Range range)
    {
        if (!spot.SiblingKeys.Contains("kind"))
        {
            yield return Key("kind", "the fact's kind", null, "0", range);
        }

        foreach (var field in file.Fields(view).Where(f => !spot.SiblingKeys.Contains(f.Name)))
        {
            var declaredBy = FactDescription.DeclaringKind(view.Kinds, file.Definition!.Id, field.Name)?.Id ?? file.Definition.Id;
            var isList = field.Type is ListFieldType;
            var snippet = session.Snippets && isList;
            yield return new CompletionItem(
                field.Name,
                CompletionItemKind.Field,
                field.Type.Display + (field.Optional ? ", optional" : ", required"),
                MarkupContent.Markdown(FactDescription.Of(field, declaredBy)),
                (field.Optional ? "2" : "1") + field.Name,
                field.Name,
                snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                new TextEdit(range, field.Name + (snippet ? ": [$1]$0" : ": ")));
        }

        if (file.Definition is not null && !spot.SiblingKeys.Contains("sources"))
        {
            var text = session.Snippets ? "sources:\n  - source: $1\n    quote: $2$0" : "sources:\n  - source: ";
            yield return Key("sources", "the citations the fact rests on", text, "3", range, session.Snippets);
        }

        if (file.Definition is not null && !spot.SiblingKeys.Contains("id"))
        {
            yield return Key("id", "the fact's id, when it is not the file name", null, "4", range);
        }
    }

    private static CompletionItem Key(string key, string? detail, string? text, string order, Range range, bool snippet = false) =>
        new(key, CompletionItemKind.Property, detail, null, order + key, key, snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText, new TextEdit(range, text ?? key + ": "));

    private static CompletionList Kinds(WorkspaceView view, Spot spot, Range range, bool withKind)
    {
        var kinds = view.Kinds.Kinds.Where(k => k.Id != KnowledgeBaseCompiler.KindKind)
            .Select(k => new CompletionItem(k.Id, CompletionItemKind.Class, k.Plural, MarkupContent.Markdown(FactDescription.Of(k)), "1" + k.Id, k.Id, InsertTextFormat.PlainText, new TextEdit(range, k.Id)));
        if (withKind)
        {
            kinds = kinds.Append(new CompletionItem(KnowledgeBaseCompiler.KindKind, CompletionItemKind.Keyword, "this file declares a kind", null, "2kind", "kind", InsertTextFormat.PlainText, new TextEdit(range, KnowledgeBaseCompiler.KindKind)));
        }

        return new CompletionList(false, [.. kinds.Where(k => FuzzyMatch.Score(spot.Token, k.Label) is not null)]);
    }

    private static CompletionList Values(WorkspaceView view, FileContext file, Spot spot, FieldDefinition field, Range range)
    {
        var type = field.Type is ListFieldType list ? list.Item : field.Type;
        if (field.Type is ListFieldType && !spot.IsItem)
        {
            return CompletionList.Empty; // 'aliases: x' is not a list: FB0210 says so
        }

        return type switch
        {
            RefFieldType reference => Ids(view, reference.Kind, spot.Token, range, inFlow: spot.IsItem),
            EnumFieldType members => Words(members.Members, spot.Token, range, CompletionItemKind.EnumMember),
            ScalarFieldType { Scalar: ScalarType.Bool } => Words(["true", "false"], spot.Token, range, CompletionItemKind.Keyword),
            ScalarFieldType { Scalar: ScalarType.Money } => Amount(file, spot, range, money: true),
            ScalarFieldType { Scalar: ScalarType.Quantity } => Amount(file, spot, range, money: false),
            _ => CompletionList.Empty,
        };
    }

    private static CompletionList InSources(WorkspaceView view, Spot spot, Range range)
    {
        switch (spot.CitationKey)
        {
            case "status":
                return Words(FrontMatterSchema.Statuses, spot.Token, range, CompletionItemKind.EnumMember);
            case "by":
                return Ids(view, null, spot.Token, range, inFlow: false);
            case "source":
            case null:
                var sourceKind = view.Kinds.Find(RefResolver.SourceKind) is null ? null : RefResolver.SourceKind;
                var ids = Ids(view, sourceKind, spot.Token, range, inFlow: false);
                if (spot.CitationKey is null)
                {
                    // '- x' may be a bare source id, or a citation's first key being typed.
                    var keys = CitationKeys.Where(k => k.StartsWith(spot.Token, StringComparison.Ordinal)).Select(k => Key(k, "a citation's key", null, "0", range));
                    return new CompletionList(ids.IsIncomplete, [.. keys, .. ids.Items]);
                }

                return ids;
            default:
                return CompletionList.Empty;
        }
    }

    /// <summary>The ids of the facts of <paramref name="kind"/> (or of a kind that extends it; any fact when null), best match first.</summary>
    private static CompletionList Ids(WorkspaceView view, string? kind, string typed, Range range, bool inFlow)
    {
        var matches = new List<(int Score, Compiler.Model.FactSummary Fact, string Label)>();
        foreach (var fact in view.Facts.Values)
        {
            if (kind is not null && !view.Kinds.IsA(fact.Kind, kind))
            {
                continue;
            }

            var score = FuzzyMatch.Score(typed, fact.Id);
            var label = score is null || typed.Length == 0 ? null : string.Empty;
            if (score is null)
            {
                label = FactDescription.Label(view, fact);
                score = FuzzyMatch.Score(typed, label) is { } byName ? byName - 500 : null;
            }

            if (score is { } found)
            {
                matches.Add((found, fact, label ?? string.Empty));
            }
        }

        matches.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Fact.Id, b.Fact.Id));
        var items = new List<CompletionItem>(Math.Min(matches.Count, MaxItems));
        foreach (var (_, fact, known) in matches.Take(MaxItems))
        {
            var label = known.Length > 0 ? known : FactDescription.Label(view, fact);
            items.Add(new CompletionItem(
                fact.Id,
                CompletionItemKind.Reference,
                label,
                MarkupContent.Markdown(FactDescription.Of(view, fact)),
                items.Count.ToString("D4", CultureInfo.InvariantCulture),
                // The name too, so that a client filtering what it was given keeps a fact found by its name.
                typed + " " + fact.Id + " " + label,
                InsertTextFormat.PlainText,
                new TextEdit(range, YamlValues.Scalar(fact.Id, inFlow)),
                new CompletionItemLabelDetails(null, fact.Kind)));
        }

        return new CompletionList(matches.Count > MaxItems, items);
    }

    private static CompletionList Words(IEnumerable<string> words, string typed, Range range, CompletionItemKind kind) =>
        new(false, [.. words
            .Where(w => FuzzyMatch.Score(typed, w) is not null)
            .Select((w, i) => new CompletionItem(w, kind, null, null, i.ToString("D4", CultureInfo.InvariantCulture), w, InsertTextFormat.PlainText, new TextEdit(range, YamlValues.Scalar(w))))]);

    /// <summary>Money and quantities: a qualifier before the number; after it, a scale word, and for money the currency.</summary>
    private static CompletionList Amount(FileContext file, Spot spot, Range range, bool money)
    {
        var before = file.Text.Text[spot.ValueStart..spot.TokenStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var number = Array.FindIndex(before, w => w.Length > 0 && (char.IsAsciiDigit(w[0]) || (w[0] == '-' && w.Length > 1)));
        if (number < 0)
        {
            // No number yet: the qualifier, whose words may be half-typed ('more t').
            var typed = string.Join(' ', [.. before, spot.Token]).TrimStart();
            var whole = file.Text.RangeOf(spot.ValueStart, spot.TokenEnd);
            return new(false, [.. Qualifiers
                .Where(q => q.StartsWith(typed, StringComparison.Ordinal))
                .Select((q, i) => new CompletionItem(q, CompletionItemKind.Keyword, "qualifier", null, i.ToString("D4", CultureInfo.InvariantCulture), q, InsertTextFormat.PlainText, new TextEdit(whole, q + " ")))]);
        }

        var words = new List<CompletionItem>();
        if (number == before.Length - 1)
        {
            words.AddRange(ScaleWords.Where(w => w.StartsWith(spot.Token, StringComparison.Ordinal))
                .Select(w => new CompletionItem(w, CompletionItemKind.Unit, "scale", null, "0" + w, w, InsertTextFormat.PlainText, new TextEdit(range, w))));
        }

        if (money)
        {
            words.AddRange(Currencies.Codes.Where(c => c.StartsWith(spot.Token, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
                .Select(c => new CompletionItem(c, CompletionItemKind.Unit, "currency", null, "1" + c, c, InsertTextFormat.PlainText, new TextEdit(range, c))));
        }

        return new CompletionList(false, words);
    }
}
