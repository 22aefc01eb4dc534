using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Rendering;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FactBase.Cli.Commands;

/// <summary>
/// <c>factbase show &lt;id&gt;</c>: one fact with its fields, the facts it refers to, the facts that
/// refer to it (through a field, or by citing it as a source or as who makes a claim), its
/// sources and its body.
/// </summary>
internal static class ShowCommand
{
    public static int Run(string directory, string id, ReadOptions options, TextWriter output, TextWriter error, TerminalInfo? terminal = null)
    {
        terminal ??= TerminalInfo.Plain;
        var content = LoadedContent.Load(directory, options, error, terminal);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        var fact = content.FindFact(id);
        if (fact is null)
        {
            error.WriteLine($"factbase: no fact has the id '{id}'{Suggestions.DidYouMean(id, content.Model.Facts.Select(f => f.Id))}; 'factbase list {directory}' lists them");
            content.ReportProblemsBriefly(error);
            return ExitCodes.UsageError;
        }

        var console = terminal.CreateConsole(output, terminal.ColorOutput);
        foreach (var part in Render(fact, content, terminal.Width))
        {
            console.Write(part);
        }

        content.ReportProblemsBriefly(error);
        return content.ExitCode;
    }

    /// <summary>Up to this many refs, a fact's are checked for repeats one against another rather than through a set.</summary>
    private const int FewRefs = 8;

    /// <summary>What a fact refers to through its fields, in field order: (field, id), each pair once.</summary>
    /// <remarks>
    /// Without LINQ: the site asks it of every fact (for the graph and the timeline's sequences),
    /// and most facts have a handful of refs, which a list checks for repeats faster than a set.
    /// </remarks>
    public static IReadOnlyList<(string Field, string Id)> Refs(FactModel fact)
    {
        var refs = new List<(string Field, string Id)>();
        foreach (var field in fact.Fields)
        {
            AddRefs(field.Name, field.Value, refs);
        }

        return refs.Count <= FewRefs ? WithoutRepeats(refs) : [.. refs.Distinct()];
    }

    /// <summary>
    /// What refers to a fact: the linker's backlinks (a field of another fact), then the facts
    /// citing it as a source (<c>sources</c>) or as who makes a claim (<c>sources.by</c>).
    /// </summary>
    public static IEnumerable<(string FromId, string Field)> Backlinks(FactModel fact, KnowledgeBaseModel model)
    {
        foreach (var backlink in fact.Backlinks)
        {
            yield return (backlink.FromId, backlink.Field);
        }

        foreach (var other in model.Facts)
        {
            if (other.Sources.Any(c => c.Source.Id == fact.Id))
            {
                yield return (other.Id, "sources");
            }

            if (other.Sources.Any(c => c.By?.Id == fact.Id))
            {
                yield return (other.Id, "sources.by");
            }
        }
    }

    private static void AddRefs(string field, Value value, List<(string Field, string Id)> refs)
    {
        switch (value)
        {
            case RefValue reference:
                refs.Add((field, reference.Id));
                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    AddRefs(field, item, refs);
                }

                break;
        }
    }

    /// <summary>A short list with each pair's later repeats removed, in place.</summary>
    private static List<(string Field, string Id)> WithoutRepeats(List<(string Field, string Id)> refs)
    {
        for (var i = refs.Count - 1; i > 0; i--)
        {
            if (refs.IndexOf(refs[i], 0, i) >= 0)
            {
                refs.RemoveAt(i);
            }
        }

        return refs;
    }

    private static IEnumerable<IRenderable> Render(FactModel fact, LoadedContent content, int width)
    {
        yield return new Markup($"[bold aqua]{Markup.Escape(fact.Id)}[/]  [dim]{Markup.Escape(fact.Kind)} · {Markup.Escape(fact.Path)}[/]\n");

        yield return Section("Fields", fact.Fields.Count);
        if (fact.Fields.Count > 0)
        {
            var fields = Table("field", "value");
            foreach (var field in fact.Fields)
            {
                fields.AddRow(new Text(field.Name, Style.Parse("bold")), new Text(ValueText.Format(field.Value)));
            }

            yield return fields;
        }

        var refs = Refs(fact).Select(r => Row(r.Field, r.Id, content)).ToList();
        yield return Section("Refers to", refs.Count);
        if (refs.Count > 0)
        {
            yield return LinkTable.Build(refs, width);
        }

        var backlinks = Backlinks(fact, content.Model).Select(b => Row(b.Field, b.FromId, content)).ToList();
        yield return Section("Referred to by", backlinks.Count);
        if (backlinks.Count > 0)
        {
            yield return LinkTable.Build(backlinks, width);
        }

        yield return Section("Sources", fact.Sources.Count);
        var number = 0;
        foreach (var citation in fact.Sources)
        {
            // A citation is mostly prose (a quote, a note): a block reads better than a cramped table.
            var head = $"[dim]{++number}.[/] [aqua]{Markup.Escape(citation.Source.Id)}[/] · [{StatusStyle(citation.Status)}]{citation.Status.ToString().ToLowerInvariant()}[/]";
            if (citation.By is { } by)
            {
                head += $" · by [aqua]{Markup.Escape(by.Id)}[/]";
            }

            var lines = new List<IRenderable> { new Markup(head) };
            if (citation.Quote is { } quote)
            {
                lines.Add(new Padder(new Text($"“{quote}”"), new Padding(3, 0, 0, 0)));
            }

            if (citation.Note is { } note)
            {
                lines.Add(new Padder(new Markup($"[dim]note:[/] {Markup.Escape(note)}"), new Padding(3, 0, 0, 0)));
            }

            yield return new Rows(lines);
        }

        if (fact.Body.Markdown.Trim().Length > 0)
        {
            yield return Section("Body", null);
            yield return new Text(fact.Body.Markdown.Trim() + "\n");
        }
    }

    private static LinkRow Row(string field, string id, LoadedContent content) =>
        content.FindFact(id) is { } target
            ? new LinkRow(field, id, target.Kind, FactText.Label(target))
            : new LinkRow(field, id, "?", "(no fact has this id)");

    private static Rule Section(string title, int? count) =>
        new Rule($"[bold]{title}[/]{(count is { } n ? $" [dim]({n})[/]" : string.Empty)}") { Justification = Justify.Left };

    private static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn($"[bold]{column}[/]"));
        }

        return table;
    }

    private static string StatusStyle(CitationStatus status) => status switch
    {
        CitationStatus.Confirmed => "green",
        CitationStatus.Unconfirmed => "yellow",
        CitationStatus.Disputed or CitationStatus.Denied => "red",
        _ => "default",
    };
}
