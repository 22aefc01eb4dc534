using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.Commands;
using FactBase.Cli.Terminal;
using FactBase.Cli.Watching;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests;

public class WatchCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public void A_new_problem_is_added_and_a_gone_one_fixed()
    {
        var dangling = Problem("a.md", 4, "FB0302", "No fact has the id 'x'");
        var missing = Problem("b.md", 2, "FB0201", "lacks 'name'");

        var changes = DiagnosticDiff.Compare([dangling], [missing]);

        Assert.Equal([missing], changes.Added);
        Assert.Equal([dangling], changes.Fixed);
    }

    [Fact]
    public void A_problem_that_only_moved_is_no_change()
    {
        var before = Problem("a.md", 4, "FB0302", "No fact has the id 'x'");
        var after = before with { Span = before.Span with { Line = 7 } };

        Assert.True(DiagnosticDiff.Compare([before], [after]).IsEmpty);
    }

    [Fact]
    public void Identical_problems_are_counted_and_the_one_in_a_new_place_is_new()
    {
        var first = Problem("a.md", 4, "FB0302", "No fact has the id 'x'");
        var second = first with { Span = first.Span with { Line = 9 } };

        var changes = DiagnosticDiff.Compare([first], [first, second]);

        Assert.Equal([second], changes.Added);
        Assert.Empty(changes.Fixed);
        Assert.Equal([second], DiagnosticDiff.Compare([first, second], [first]).Fixed);
    }

    [Fact]
    public void The_same_message_in_another_file_or_of_another_severity_is_another_problem()
    {
        var error = Problem("a.md", 4, "FB0302", "same");

        Assert.Single(DiagnosticDiff.Compare([error], [error with { Path = "b.md" }]).Added);
        Assert.Single(DiagnosticDiff.Compare([error], [error with { Severity = DiagnosticSeverity.Warning }]).Added);
        Assert.True(DiagnosticDiff.Compare([], []).IsEmpty);
    }

    [Theory]
    [InlineData("content/places/texas.md", true)]
    [InlineData("content/places/TEXAS.MD", true)]
    [InlineData("content/places/_draft.md", false)]
    [InlineData("content/places/.texas.md.swp", false)]
    [InlineData("content/places/texas.md~", false)]
    public void Only_files_the_knowledge_base_reads_trigger_a_recheck(string path, bool expected) =>
        Assert.Equal(expected, WatchCommand.IsContent(path));

    [Fact]
    public async Task Reports_a_new_problem_after_a_save_and_its_fix_after_the_next()
    {
        using var content = new TempContent(
            ("kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n  part-of: ref<place>?\n---\n"),
            ("places/texas.md", "---\nkind: place\nname: Texas\n---\n"));
        var output = new ConcurrentWriter();
        var error = new ConcurrentWriter();
        using var stop = new CancellationTokenSource();
        var ready = new TaskCompletionSource();
        var watching = Task.Run(() => WatchCommand.RunAsync(
            content.Root,
            ReadOptions.Default,
            new WatchSettings(TimeSpan.FromMilliseconds(50), PrintAll: false),
            output,
            error,
            TerminalInfo.Plain,
            stop.Token,
            ready.SetResult));
        await ready.Task.WaitAsync(Patience);
        Assert.Contains("2 files, 1 kinds, 1 facts; 0 errors", output.ToString(), StringComparison.Ordinal);

        content.Write("places/texas.md", "---\nkind: place\nname: Texas\npart-of: untied-states\n---\n");
        var added = $"  new   {content.Root}/places/texas.md(4,10): error FB0302: No fact has the id 'untied-states': fix the id, or add the fact\n";
        await Until(() => output.ToString().Contains(added, StringComparison.Ordinal));

        content.Write("places/united-states.md", "---\nkind: place\nname: United States\n---\n");
        content.Write("places/texas.md", "---\nkind: place\nname: Texas\npart-of: united-states\n---\n");
        await Until(() => output.ToString().Contains("  fixed ", StringComparison.Ordinal));

        stop.Cancel();
        Assert.Equal(ExitCodes.Success, await watching.WaitAsync(Patience));
        var text = output.ToString();
        Assert.Contains($"{content.Root}: 3 files, 1 kinds, 2 facts; 0 errors, 0 warnings\n", text, StringComparison.Ordinal);
        Assert.EndsWith("stopped watching\n", text, StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task Exits_2_for_a_missing_folder()
    {
        var error = new ConcurrentWriter();

        var code = await WatchCommand.RunAsync("/no/such/folder", ReadOptions.Default, WatchSettings.Default, new ConcurrentWriter(), error, TerminalInfo.Plain, CancellationToken.None);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no folder", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the watcher");
            await Task.Delay(20);
        }
    }

    private static Diagnostic Problem(string path, int line, string id, string message) =>
        new(id, DiagnosticSeverity.Error, message, path, new SourceSpan(0, 1, line, 3, line, 4));
}
