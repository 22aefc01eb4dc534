using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Syntax;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>
/// Hover: on a field, its type and doc; on a ref (a citation's source and <c>by</c> too), the fact
/// it names; on <c>kind:</c>, the kind; on a date, money or quantity, the value as FactBase reads it.
/// </summary>
internal static class Hovers
{
    public static Hover? Hover(Session session, WorkspaceView view, string uri, Position position)
    {
        if (FileContext.Of(session, view, uri) is not { FrontMatter: { } frontMatter } file || frontMatter.At(position) is not { } spot)
        {
            return null;
        }

        var text = Describe(view, file, spot);
        var range = spot.Kind == SpotKind.Key ? file.Text.RangeOf(spot.TokenStart, spot.TokenEnd) : file.Text.RangeOf(spot.ValueStart, spot.ValueEnd);
        return text is null ? null : new Hover(MarkupContent.Markdown(text), range);
    }

    private static string? Describe(WorkspaceView view, FileContext file, Spot spot)
    {
        if (spot.Kind == SpotKind.Key)
        {
            return spot.InSources ? CitationKey(spot.Token) : Key(view, file, spot.Token);
        }

        if (spot.InSources)
        {
            return spot.CitationKey is null or "source" or "by" ? Fact(view, spot.Value) : spot.CitationKey == "status" ? Status(spot.Value) : null;
        }

        switch (spot.Field)
        {
            case "kind":
                return view.Kinds.Find(spot.Value) is { } kind ? FactDescription.Of(kind) : null;
            case "extends" when file.IsKindFile:
                return view.Kinds.Find(spot.Value) is { } parent ? FactDescription.Of(parent) : null;
            case "id":
                return Fact(view, spot.Value);
        }

        if (file.Field(view, spot.Field) is not { } field)
        {
            return null;
        }

        var type = field.Type is ListFieldType list ? list.Item : field.Type;
        return type switch
        {
            RefFieldType => Fact(view, spot.Value),
            ScalarFieldType { Scalar: ScalarType.Date or ScalarType.Money or ScalarType.Quantity } scalar
                => ScalarParser.Parse(spot.Value, scalar.Scalar).Value is { } value ? $"{ValueWords.Of(value)}\n\n`{field.Name}`: {type.Display}" : null,
            _ => Key(view, file, field.Name),
        };
    }

    private static string? Key(WorkspaceView view, FileContext file, string key) => key switch
    {
        "kind" => "**kind**: the fact's kind, one of the kinds under `kinds/` (or `kind` for a file that declares a kind).",
        "id" => "**id**: the fact's id, unique across the knowledge base; left out, it is the file name.",
        "sources" => "**sources**: the citations the fact rests on; each a source id, or `source`, `quote`, `status`, `by` and `note`.",
        _ when file.Field(view, key) is { } field
            => FactDescription.Of(field, FactDescription.DeclaringKind(view.Kinds, file.Definition!.Id, key)?.Id ?? file.Definition.Id),
        _ => null,
    };

    private static string? Fact(WorkspaceView view, string id) =>
        view.Facts.Find(id) is { } fact ? FactDescription.Of(view, fact) : id.Length == 0 ? null : $"No fact has the id `{id}`.";

    private static string? CitationKey(string key) => key switch
    {
        "source" => "**source**: the id of the source fact (required).",
        "quote" => "**quote**: the source's words that the fact rests on, verbatim.",
        "status" => "**status**: how sure the source is: reported (the default), confirmed, unconfirmed, disputed or denied.",
        "by" => "**by**: the id of whoever makes the claim, when it is not the source itself.",
        "note" => "**note**: anything a reader should know about this citation.",
        _ => null,
    };

    private static string? Status(string status) => status switch
    {
        "reported" => "**reported**: the source reports it (the default).",
        "confirmed" => "**confirmed**: the party concerned confirmed it.",
        "unconfirmed" => "**unconfirmed**: claimed, but nobody with knowledge confirmed it.",
        "disputed" => "**disputed**: someone disputes it.",
        "denied" => "**denied**: the party concerned denied it.",
        _ => null,
    };
}
