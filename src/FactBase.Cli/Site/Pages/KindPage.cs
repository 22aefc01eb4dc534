using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Site.Html;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// A kind: what it is (its body), its fields with their types and docs, and a table of its facts
/// (those of the kinds that extend it too, as a ref to it takes them) with their main fields, which
/// the page's script sorts and filters. A kind of many facts gets a page every
/// <see cref="RowsPerPage"/> rows, so no page grows without bound.
/// </summary>
internal static class KindPage
{
    public const int RowsPerPage = 250;

    /// <summary>How many fields besides the name a table shows.</summary>
    private const int MainFields = 3;

    public static IEnumerable<SitePage> Write(KindDefinition kind, SiteContext context)
    {
        var facts = context.Site.FactsOfKind(kind.Id);
        var pages = Math.Max(1, (facts.Count + RowsPerPage - 1) / RowsPerPage);
        var columns = Columns(kind, facts, context);
        for (var number = 1; number <= pages; number++)
        {
            yield return Page(kind, facts.Skip((number - 1) * RowsPerPage).Take(RowsPerPage).ToList(), number, pages, columns, context);
        }
    }

    private static SitePage Page(KindDefinition kind, IReadOnlyList<FactModel> rows, int number, int pages, IReadOnlyList<FieldDefinition> columns, SiteContext context)
    {
        var site = context.Site;
        var page = new PageInfo(SitePaths.Kind(kind.Id, number), pages == 1 ? kind.Id : $"{kind.Id}, page {number} of {pages}");
        var html = Layout.Begin(page, context.Shells, "kind-page");
        html.Open("header", ("class", "page-head"));
        html.Open("p", ("class", "eyebrow")).Text("Kind ");
        if (kind.Extends is { } parent)
        {
            html.Text("· extends ");
            context.Links.Kind(html, parent, page);
        }

        html.Close("p");
        html.Element("h1", kind.Id);
        html.Close("header");
        if (!string.IsNullOrWhiteSpace(kind.Doc))
        {
            html.Open("section", ("class", "body"), ("aria-label", "About this kind"));
            html.Markdown(kind.Doc, inline: false);
            html.Close("section");
        }

        var children = site.Kinds.Where(k => k.Extends == kind.Id).ToList();
        if (children.Count > 0)
        {
            html.Open("p").Text("Extended by ");
            foreach (var child in children)
            {
                context.Links.Kind(html, child.Id, page);
                html.Text(" ");
            }

            html.Close("p");
        }

        if (number == 1)
        {
            Schema(html, kind, context);
        }

        var all = site.FactsOfKind(kind.Id).Count;
        html.Open("section", ("aria-labelledby", "facts"));
        html.Open("h2", ("id", "facts")).Text("Facts ").Element("span", $"({all:N0})", ("class", "count")).Close("h2");
        if (all == 0)
        {
            html.Element("p", "No fact of this kind yet.", ("class", "muted"));
        }
        else
        {
            Pager(html, kind, number, pages, page);
            Table(html, rows, columns, site.FactsOfKind(kind.Id).Any(f => f.Kind != kind.Id), page, context);
            Pager(html, kind, number, pages, page);
        }

        html.Close("section");
        return Layout.End(html, page, context.Shells);
    }

    private static void Schema(HtmlWriter html, KindDefinition kind, SiteContext context)
    {
        var fields = context.Site.Schema.AllFields(kind.Id);
        html.Open("section", ("aria-labelledby", "schema"));
        html.Element("h2", "Fields", ("id", "schema"));
        if (fields.Count == 0)
        {
            html.Element("p", "This kind declares no fields.", ("class", "muted"));
            html.Close("section");
            return;
        }

        html.Open("table", ("class", "schema"));
        html.Open("thead").Open("tr");
        foreach (var heading in (string[])["field", "type", "what it holds"])
        {
            html.Element("th", heading, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var field in fields)
        {
            html.Open("tr");
            html.Open("th", ("scope", "row")).Element("code", field.Name).Close("th");
            html.Open("td").Element("code", field.Display).Close("td");
            html.Open("td");
            html.Text(field.Doc ?? string.Empty);
            if (!kind.Fields.Any(f => f.Name == field.Name))
            {
                html.Element("span", " (inherited)", ("class", "muted"));
            }

            html.Close("td");
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
        html.Close("section");
    }

    private static void Table(HtmlWriter html, IReadOnlyList<FactModel> rows, IReadOnlyList<FieldDefinition> columns, bool withKind, PageInfo page, SiteContext context)
    {
        html.Open("div", ("class", "table-tools"), ("hidden", string.Empty));
        html.Element("label", "Filter these facts", ("for", "table-filter"));
        html.Void("input", ("id", "table-filter"), ("type", "search"), ("data-filter", "facts-table"), ("autocomplete", "off"));
        html.Element("span", string.Empty, ("class", "filter-count"), ("role", "status"), ("aria-live", "polite"));
        html.Close("div");
        html.Open("table", ("class", "facts sortable"), ("id", "facts-table"));
        html.Open("thead").Open("tr");
        Heading(html, "name");
        if (withKind)
        {
            Heading(html, "kind");
        }

        foreach (var column in columns)
        {
            Heading(html, column.Name);
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var fact in rows)
        {
            html.Open("tr");
            html.Open("th", ("scope", "row"));
            context.Links.Fact(html, fact.Id, page);
            html.Close("th");
            if (withKind)
            {
                html.Open("td");
                context.Links.Kind(html, fact.Kind, page);
                html.Close("td");
            }

            foreach (var column in columns)
            {
                var field = fact.Fields.FirstOrDefault(f => f.Name == column.Name);
                if (field.Value is null)
                {
                    html.Element("td", string.Empty);
                    continue;
                }

                html.Open("td", ("data-sort", SortKey(field.Value)));
                ValueHtml.Write(html, field.Value, new FieldContext(context, page, fact, field.Name));
                html.Close("td");
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    /// <summary>A column heading; the script turns it into a button that sorts by the column.</summary>
    private static void Heading(HtmlWriter html, string name) => html.Element("th", name, ("scope", "col"));

    private static void Pager(HtmlWriter html, KindDefinition kind, int number, int pages, PageInfo page)
    {
        if (pages == 1)
        {
            return;
        }

        html.Open("nav", ("class", "pager"), ("aria-label", "Pages of this table"));
        html.Open("ul");
        for (var i = 1; i <= pages; i++)
        {
            html.Open("li");
            var first = ((i - 1) * RowsPerPage) + 1;
            html.Element("a", i.ToString(CultureInfo.InvariantCulture), ("href", page.Href(SitePaths.Kind(kind.Id, i))), ("aria-current", i == number ? "page" : null), ("aria-label", $"page {i}, from fact {first:N0}"));
            html.Close("li");
        }

        html.Close("ul");
        html.Close("nav");
    }

    /// <summary>
    /// The fields a table shows: those most of its facts give, in the kind's order, leaving out the
    /// name or title (the first column) and long text.
    /// </summary>
    private static List<FieldDefinition> Columns(KindDefinition kind, IReadOnlyList<FactModel> facts, SiteContext context)
    {
        var fields = context.Site.Schema.AllFields(kind.Id);
        var given = fields.ToDictionary(f => f.Name, _ => 0, StringComparer.Ordinal);
        foreach (var field in facts.SelectMany(f => f.Fields))
        {
            if (given.TryGetValue(field.Name, out var count))
            {
                given[field.Name] = count + 1;
            }
        }

        var chosen = fields
            .Where(f => f.Name is not ("name" or "title") && f.Type is not ScalarFieldType { Scalar: ScalarType.Text } && given[f.Name] > 0)
            .OrderByDescending(f => given[f.Name])
            .Take(MainFields)
            .ToHashSet();
        return [.. fields.Where(chosen.Contains)];
    }

    /// <summary>What the column sorts by, for values whose text does not sort: numbers, amounts, dates.</summary>
    private static string? SortKey(Value value) => value switch
    {
        IntValue i => i.Number.ToString(CultureInfo.InvariantCulture),
        DecimalValue d => d.Number.ToString(CultureInfo.InvariantCulture),
        MoneyValue m => m.Amount.ToString(CultureInfo.InvariantCulture),
        QuantityValue q => q.Number.ToString(CultureInfo.InvariantCulture),
        // Dates with no year after every date with one, as they compare with none of them.
        DateValue d => d.Year is null ? "~" + d.Text : d.Text,
        _ => null,
    };
}
