using System.Collections.Generic;

namespace FactBase.Cli.LanguageServer.Protocol;

internal sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);

internal enum CompletionItemKind
{
    Text = 1,
    Field = 5,
    Class = 7,
    Property = 10,
    Unit = 11,
    Value = 12,
    Keyword = 14,
    Snippet = 15,
    File = 17,
    Reference = 18,
    EnumMember = 20,
    Constant = 21,
}

internal enum InsertTextFormat
{
    PlainText = 1,
    Snippet = 2,
}

/// <summary>Shown beside the label: <see cref="Detail"/> right after it, <see cref="Description"/> further off.</summary>
internal sealed record CompletionItemLabelDetails(string? Detail, string? Description);

internal sealed record CompletionItem(
    string Label,
    CompletionItemKind Kind,
    string? Detail = null,
    MarkupContent? Documentation = null,
    string? SortText = null,
    string? FilterText = null,
    InsertTextFormat InsertTextFormat = InsertTextFormat.PlainText,
    TextEdit? TextEdit = null,
    CompletionItemLabelDetails? LabelDetails = null);

/// <summary><see cref="IsIncomplete"/>: typing further asks the server again, rather than filtering these items.</summary>
internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items)
{
    public static CompletionList Empty { get; } = new(false, []);
}
