using System;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests;

public class ListCommandTests
{
    private static readonly TerminalInfo Terminal = new(OutputIsTerminal: true, ErrorIsTerminal: false, ColorAllowed: false, Width: 100);

    [Fact]
    public void Prints_id_kind_and_path_lines_into_a_pipe()
    {
        var (code, output, error) = Run.Capture((o, e) => ListCommand.Run(RepoPaths.Content, null, ReadOptions.Default, o, e));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(49, lines.Length);
        Assert.Contains($"raices\torganization\t{RepoPaths.Content}/organizations/raices.md", lines);
        Assert.Equal(lines.OrderBy(l => l, StringComparer.Ordinal), lines);
    }

    [Fact]
    public void Lists_a_kind_with_the_kinds_that_extend_it()
    {
        var (code, output, _) = Run.Capture((o, e) => ListCommand.Run(RepoPaths.Content, "event", ReadOptions.Default, o, e));

        Assert.Equal(ExitCodes.Success, code);
        var kinds = output.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[1]).ToHashSet();
        Assert.Contains("donation", kinds);
        Assert.Contains("claim", kinds);                     // claim extends statement extends event
        Assert.DoesNotContain("organization", kinds);
    }

    [Fact]
    public void Draws_a_table_on_a_terminal_one_line_a_fact()
    {
        var (code, output, _) = Run.Capture((o, e) => ListCommand.Run(RepoPaths.Content, "organization", ReadOptions.Default, o, e, Terminal));

        Assert.Equal(ExitCodes.Success, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Contains(lines, l => l.StartsWith("│ raices ", StringComparison.Ordinal) && l.Contains("│ organization │ Refugee and Immigrant Center", StringComparison.Ordinal));
        Assert.Contains("10 facts", output, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= Terminal.Width, l));
        Assert.Equal(10 + 5, lines.Length);                 // top, header, rule, bottom, caption
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Falls_back_to_plain_lines_on_a_terminal_too_narrow_for_the_table()
    {
        var narrow = Terminal with { Width = 30 };

        var (_, output, _) = Run.Capture((o, e) => ListCommand.Run(RepoPaths.Content, "organization", ReadOptions.Default, o, e, narrow));

        Assert.Contains("\nraices organization Refugee", output, StringComparison.Ordinal);
        Assert.DoesNotContain('│', output);
    }

    [Fact]
    public void Exits_2_for_an_unknown_kind_and_suggests_the_nearest()
    {
        var (code, output, error) = Run.Capture((o, e) => ListCommand.Run(RepoPaths.Content, "organisation", ReadOptions.Default, o, e));

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Empty(output);
        Assert.Contains("no kind 'organisation' (did you mean 'organization'?)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_what_compiled_and_exits_1_when_the_content_has_errors()
    {
        using var content = new TempContent(
            ("kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n---\n"),
            ("texas.md", "---\nkind: place\nname: Texas\n---\n"),
            ("broken.md", "---\nkind: place\n---\n"));

        var (code, output, error) = Run.Capture((o, e) => ListCommand.Run(content.Root, null, ReadOptions.Default, o, e));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("texas\tplace", output, StringComparison.Ordinal);
        Assert.Contains("has 1 error and 0 warnings; 'factbase check", error, StringComparison.Ordinal);
    }
}
