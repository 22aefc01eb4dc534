using System;
using System.IO;
using System.Threading;
using FactBase.Cli.Commands;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests;

public class TerminalTests
{
    private static readonly TerminalInfo ColorTerminal = new(OutputIsTerminal: true, ErrorIsTerminal: true, ColorAllowed: true, Width: 100);

    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(true, "", "xterm-256color", true)]     // NO_COLOR set but empty does not count (no-color.org)
    [InlineData(true, "1", null, false)]
    [InlineData(true, null, "dumb", false)]
    [InlineData(false, null, null, false)]             // redirected: never colour
    public void Colours_only_a_terminal_without_no_color(bool outputIsTerminal, string? noColor, string? term, bool expected)
    {
        var terminal = TerminalInfo.FromEnvironment(outputIsTerminal, errorIsTerminal: outputIsTerminal, noColor, term, () => 120);

        Assert.Equal(expected, terminal.ColorOutput);
        Assert.Equal(expected, terminal.ColorError);
    }

    [Fact]
    public void Takes_the_window_width_only_from_a_terminal()
    {
        Assert.Equal(120, TerminalInfo.FromEnvironment(true, true, null, null, () => 120).Width);
        Assert.Equal(TerminalInfo.DefaultWidth, TerminalInfo.FromEnvironment(false, false, null, null, () => 120).Width);
        Assert.Equal(TerminalInfo.DefaultWidth, TerminalInfo.FromEnvironment(true, true, null, null, () => 0).Width);
        Assert.Equal(TerminalInfo.DefaultWidth, TerminalInfo.FromEnvironment(true, true, null, null, () => throw new IOException()).Width);
    }

    [Fact]
    public void Check_colours_severities_on_a_terminal_and_nothing_elsewhere()
    {
        using var content = new TempContent(("a.md", "---\nkind: nothing\n---\n"));

        var plain = Run.Capture((o, e) => CheckCommand.Run(content.Root, ReadOptions.Default, o, e, TerminalInfo.Plain));
        var colored = Run.Capture((o, e) => CheckCommand.Run(content.Root, ReadOptions.Default, o, e, ColorTerminal));

        Assert.DoesNotContain('\u001b', plain.Output);
        Assert.Contains("\u001b[31;1merror\u001b[0m FB0101", colored.Output, StringComparison.Ordinal);
        Assert.Equal(plain.Output, System.Text.RegularExpressions.Regex.Replace(colored.Output, "\u001b\\[[0-9;]*m", string.Empty));
    }

    [Fact]
    public void The_spinner_draws_nothing_when_disabled()
    {
        using var error = new StringWriter();
        using (var spinner = StatusSpinner.Start(error, enabled: false, TimeSpan.Zero))
        {
            spinner.Update("parsing");
            Thread.Sleep(250);
        }

        Assert.Empty(error.ToString());
    }

    [Fact]
    public void The_spinner_draws_after_its_delay_and_erases_itself()
    {
        var error = new ConcurrentWriter();
        using (var spinner = StatusSpinner.Start(error, enabled: true, TimeSpan.Zero))
        {
            spinner.Update("parsing 3/10 files");
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!error.ToString().Contains("parsing 3/10 files", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }
        }

        Assert.Contains("parsing 3/10 files", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_spinner_stays_quiet_on_a_short_run()
    {
        var error = new ConcurrentWriter();
        using (var spinner = StatusSpinner.Start(error, enabled: true, TimeSpan.FromMinutes(1)))
        {
            spinner.Update("parsing");
            Thread.Sleep(250);
        }

        Assert.Empty(error.ToString());
    }
}
