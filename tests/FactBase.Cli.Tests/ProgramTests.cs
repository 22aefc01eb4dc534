using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Cli.Terminal;

namespace FactBase.Cli.Tests;

public class ProgramTests
{
    public static TheoryData<string> Commands() => [.. Program.BuildRoot(TerminalInfo.Plain).Subcommands.Select(c => c.Name)];

    [Fact]
    public void Has_every_command_of_the_issue() =>
        Assert.Equal(["check", "export", "list", "show", "new", "schema", "watch", "site", "serve", "lsp"], Program.BuildRoot(TerminalInfo.Plain).Subcommands.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help(string command)
    {
        var (code, output, _) = Invoke(command, "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"factbase {command}", output, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_help_names_the_exit_codes()
    {
        var (code, output, _) = Invoke("--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Exit codes: 0 done, 1 the content has errors, 2 the command could not run", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("export", "--format", "xml")]
    [InlineData("show")]
    [InlineData("new", "person")]
    [InlineData("watch", "--debounce", "-5")]
    [InlineData("frobnicate")]
    public void Bad_arguments_exit_2(params string[] args)
    {
        var (code, _, error) = Invoke(args);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Runs_a_command_with_its_arguments()
    {
        var (code, output, _) = Invoke("list", RepoPaths.Content, "--kind", "place");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(5, output.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Limits_set_on_the_command_line_apply_as_the_msbuild_properties_do()
    {
        using var content = new TempContent(
            ("kinds/thing.md", "---\nkind: kind\n---\n"),
            ("a.md", "---\nkind: thing\nx: [[[[1]]]]\n---\n" + new string('x', 300)));

        var deep = Invoke("check", content.Root, "--max-depth", "3");
        var large = Invoke("check", content.Root, "--max-file-size", "200");
        var bad = Invoke("check", content.Root, "--max-depth", "0");

        Assert.Equal((ExitCodes.ContentErrors, true), (deep.Code, deep.Output.Contains("error FB0007", System.StringComparison.Ordinal)));
        Assert.Equal((ExitCodes.ContentErrors, true), (large.Code, large.Output.Contains("error FB0006", System.StringComparison.Ordinal)));
        Assert.Equal(ExitCodes.UsageError, bad.Code);
    }

    private static (int Code, string Output, string Error) Invoke(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, TerminalInfo.Plain, new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
