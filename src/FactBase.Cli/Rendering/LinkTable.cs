using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FactBase.Cli.Rendering;

/// <summary>A row of a table of facts: how it is linked, which fact, of what kind, and its name or summary.</summary>
internal sealed record LinkRow(string? Field, string Id, string Kind, string Label);

/// <summary>
/// A table of facts, one line a fact: ids, fields and kinds are never broken across lines (an id
/// is what one copies), and the name or summary is cut with an ellipsis to fit the width. On a
/// terminal too narrow for that, plain lines instead.
/// </summary>
internal static class LinkTable
{
    // Rounded borders: one bar before each column and one after the last, and a space either side of each cell.
    private const int BorderPerColumn = 3;
    private const int MinimumLabel = 12;

    public static IRenderable Build(IReadOnlyList<LinkRow> rows, int width, string? caption = null)
    {
        var withField = rows.Any(r => r.Field is not null);
        var fieldWidth = withField ? Math.Max("field".Length, rows.Max(r => r.Field?.Length ?? 0)) : 0;
        var idWidth = Math.Max("id".Length, rows.Select(r => r.Id.Length).DefaultIfEmpty().Max());
        var kindWidth = Math.Max("kind".Length, rows.Select(r => r.Kind.Length).DefaultIfEmpty().Max());
        var columns = withField ? 4 : 3;
        var labelWidth = width - fieldWidth - idWidth - kindWidth - (columns * BorderPerColumn) - 1;

        if (labelWidth < MinimumLabel)
        {
            // Too narrow for a table (ids are long): one plain line a fact, which the terminal wraps.
            var lines = rows.Select(r => new Markup(
                (r.Field is null ? string.Empty : Markup.Escape(r.Field) + ": ") +
                $"[aqua]{Markup.Escape(r.Id)}[/] [dim]{Markup.Escape(r.Kind)}[/] {Markup.Escape(OneLine(r.Label))}"));
            return new Rows([.. lines, .. caption is null ? Array.Empty<Text>() : [new Text(caption)]]);
        }

        var table = new Table().Border(TableBorder.Rounded);
        if (withField)
        {
            table.AddColumn(new TableColumn("[bold]field[/]").Width(fieldWidth).NoWrap());
        }

        table.AddColumn(new TableColumn("[bold]id[/]").Width(idWidth).NoWrap());
        table.AddColumn(new TableColumn("[bold]kind[/]").Width(kindWidth).NoWrap());
        table.AddColumn(new TableColumn("[bold]name or summary[/]").Width(labelWidth));
        foreach (var row in rows)
        {
            var cells = new List<Text>();
            if (withField)
            {
                cells.Add(new Text(row.Field ?? string.Empty, new Style(decoration: Decoration.Bold)));
            }

            cells.Add(new Text(row.Id, new Style(Color.Aqua)));
            cells.Add(new Text(row.Kind, new Style(decoration: Decoration.Dim)));
            cells.Add(new Text(Cut(OneLine(row.Label), labelWidth)));
            table.AddRow(cells);
        }

        if (caption is not null)
        {
            table.Caption(caption);
        }

        return table;
    }

    /// <summary>Text cut to <paramref name="width"/> characters, the last an ellipsis when cut.</summary>
    public static string Cut(string text, int width) =>
        text.Length <= width ? text : text[..(width - 1)].TrimEnd() + "…";

    private static string OneLine(string text) =>
        string.Join(" ", text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
