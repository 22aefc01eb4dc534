using System.Globalization;
using FactBase.Cli.Rendering;
using FactBase.Cli.Site.Html;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// A field's value on a page, as FactBase reads it: <c>about 40,000,000 USD</c>, <c>June, year not
/// stated</c>, <c>more than 600 employees</c>; refs as links to their facts (a dangling one says so),
/// text fields as Markdown, addresses as links only when they are safe, lists as lists.
/// </summary>
internal static class ValueHtml
{
    public static void Write(HtmlWriter html, Value value, FieldContext field)
    {
        switch (value)
        {
            case RefValue reference:
                Ref(html, reference.Id, field.Page, field.Context);
                break;
            case TextValue text:
                html.Markdown(text.Markdown, inline: true);
                break;
            case DateValue date:
                Date(html, date, field);
                break;
            case UrlValue url when SafeUrl.IsSafe(url.Url):
                html.Open("a", ("href", url.Url), ("rel", "nofollow noopener noreferrer"), ("class", "url")).Text(url.Url).Close("a");
                break;
            case IntValue number:
                html.Text(number.Number.ToString("#,0", CultureInfo.InvariantCulture));
                break;
            case DecimalValue number:
                html.Text(number.Number.ToString("#,0.############################", CultureInfo.InvariantCulture));
                break;
            case ListValue { Items.Count: 0 }:
                html.Element("span", "none", ("class", "muted"));
                break;
            case ListValue { Items.Count: 1 } list:
                Write(html, list.Items[0], field);
                break;
            case ListValue list:
                html.Open("ul", ("class", "values"));
                foreach (var item in list.Items)
                {
                    html.Open("li");
                    Write(html, item, field);
                    html.Close("li");
                }

                html.Close("ul");
                break;
            default:
                html.Text(ValueText.Format(value));
                break;
        }
    }

    /// <summary>A link to a fact, named by its label; an id no fact has is shown as such.</summary>
    public static void Ref(HtmlWriter html, string id, PageInfo page, SiteContext context)
    {
        var index = context.Site.IndexOf(id);
        if (index < 0)
        {
            html.Open("span", ("class", "dangling")).Element("code", id).Text(" (no fact has this id)").Close("span");
            return;
        }

        context.Links.Fact(html, index, page);
    }

    private static void Date(HtmlWriter html, DateValue date, FieldContext field)
    {
        html.Open("a", ("href", field.Page.Href(field.Context.Site.Timeline.Href(field.Fact.Id, field.Field))), ("class", "date"), ("title", DateText.Precision(date)));
        html.Element("time", DateText.Reading(date), ("datetime", MachineReadable(date)));
        html.Close("a");
        html.Text(" ").Element("code", date.Text, ("class", "written"));
    }

    /// <summary>The form HTML's <c>datetime</c> takes, where there is one: a year-less month has none.</summary>
    private static string? MachineReadable(DateValue date) => date switch
    {
        { Year: not null } => date.Text,
        { Month: not null, Day: not null } => date.Text, // --06-21
        _ => null,
    };
}

/// <summary>Where a value is shown: in which site, on which page, in which fact's field.</summary>
internal readonly record struct FieldContext(SiteContext Context, PageInfo Page, FactModel Fact, string Field);
