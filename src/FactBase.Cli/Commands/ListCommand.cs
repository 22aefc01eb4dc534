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

namespace FactBase.Cli.Commands;

/// <summary>
/// <c>factbase list [&lt;dir&gt;] [--kind K]</c>: the facts, sorted by id. On a terminal, a table
/// of id, kind and name or summary; into a pipe or a file, one <c>id&lt;TAB&gt;kind&lt;TAB&gt;path</c>
/// line a fact, for scripts. <c>--kind</c> takes the kinds that extend K too, as a ref does.
/// </summary>
internal static class ListCommand
{
    public static int Run(string directory, string? kind, ReadOptions options, TextWriter output, TextWriter error, TerminalInfo? terminal = null)
    {
        terminal ??= TerminalInfo.Plain;
        var content = LoadedContent.Load(directory, options, error, terminal);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        IEnumerable<FactModel> facts = content.Model.Facts;
        if (kind is not null)
        {
            if (content.Schema.Find(kind) is null)
            {
                var kinds = content.Schema.KindIds.ToList();
                error.WriteLine($"factbase: no kind '{kind}'{Suggestions.DidYouMean(kind, kinds)}; the kinds are {string.Join(", ", kinds)}");
                return ExitCodes.UsageError;
            }

            facts = facts.Where(f => content.Schema.IsA(f.Kind, kind));
        }

        var list = facts.ToList();
        if (terminal.OutputIsTerminal)
        {
            WriteTable(list, terminal.CreateConsole(output, terminal.ColorOutput), terminal.Width);
        }
        else
        {
            foreach (var fact in list)
            {
                output.WriteLine($"{fact.Id}\t{fact.Kind}\t{fact.Path}");
            }
        }

        content.ReportProblemsBriefly(error);
        return content.ExitCode;
    }

    private static void WriteTable(IReadOnlyList<FactModel> facts, IAnsiConsole console, int width) =>
        console.Write(LinkTable.Build(
            [.. facts.Select(f => new LinkRow(null, f.Id, f.Kind, FactText.Label(f)))],
            width,
            $"{facts.Count} {(facts.Count == 1 ? "fact" : "facts")}"));
}
