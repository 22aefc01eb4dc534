using System.IO;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Finds_no_error_in_the_shipped_content()
    {
        var (code, output, _) = Check(RepoPaths.Content);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^.*content: \d+ files, \d+ kinds, \d+ facts; 0 errors, 0 warnings\n$", output);
    }

    [Fact]
    public void Prints_each_problem_in_msbuild_form_and_exits_1()
    {
        using var content = new TempContent(
            ("kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n  part-of: ref<place>?\n---\n"),
            ("places/texas.md", "---\nkind: place\nname: Texas\npart-of: untied-states\n---\n"),
            ("places/_draft.md", "not a fact"));

        var (code, output, _) = Check(content.Root);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal(
            $"{content.Root}/places/texas.md(4,10): error FB0302: No fact has the id 'untied-states': fix the id, or add the fact\n" +
            $"{content.Root}: 2 files, 1 kinds, 1 facts; 1 error, 0 warnings\n",
            output);
    }

    [Fact]
    public void Counts_the_facts_the_link_keeps_as_the_commands_that_keep_them_do()
    {
        using var content = new TempContent(
            ("kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n---\n"),
            ("places/austin.md", "---\nkind: place\nname: Austin\n---\n"),
            ("places/other.md", "---\nkind: place\nid: austin\nname: Austin again\n---\n"),
            ("places/texas.md", "---\nkind: place\nname: Texas\n---\n"),
            ("places/broken.md", "---\nkind: place\nname: [\n---\n"));

        var (code, output, _) = Check(content.Root);
        var loaded = LoadedContent.Load(content.Root, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!;

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal(["austin", "texas"], loaded.Model.Facts.Select(f => f.Id));
        Assert.EndsWith($"{content.Root}: 5 files, 1 kinds, 2 facts; 2 errors, 0 warnings\n", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Exits_2_for_a_missing_folder()
    {
        var (code, _, error) = Check("/no/such/folder");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no folder", error, System.StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Check(string directory)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = CheckCommand.Run(directory, ReadOptions.Default, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
