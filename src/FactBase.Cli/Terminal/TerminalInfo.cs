using System;
using System.IO;
using Spectre.Console;

namespace FactBase.Cli.Terminal;

/// <summary>
/// What the process writes to: whether standard output and standard error are terminals,
/// whether colour is wanted there, and how wide the output is. Colour only goes to a
/// terminal, never to a pipe or a file, and never when NO_COLOR is set (https://no-color.org)
/// or TERM is "dumb". Commands take this as a value, so tests pass <see cref="Plain"/>.
/// </summary>
internal sealed record TerminalInfo(bool OutputIsTerminal, bool ErrorIsTerminal, bool ColorAllowed, int Width)
{
    /// <summary>The width tables get when the output is not a terminal: wide enough for a file, fixed for tests.</summary>
    public const int DefaultWidth = 100;

    /// <summary>No terminal anywhere: plain text, no colour, no spinner. What tests and pipes get.</summary>
    public static TerminalInfo Plain { get; } = new(false, false, false, DefaultWidth);

    /// <summary>Colour on standard output.</summary>
    public bool ColorOutput => OutputIsTerminal && ColorAllowed;

    /// <summary>Colour on standard error.</summary>
    public bool ColorError => ErrorIsTerminal && ColorAllowed;

    /// <summary>Whether a spinner may draw on standard error: a person is watching it.</summary>
    public bool ShowProgress => ErrorIsTerminal;

    public static TerminalInfo Detect() => FromEnvironment(
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable("NO_COLOR"),
        Environment.GetEnvironmentVariable("TERM"),
        () => Console.WindowWidth);

    /// <summary>The rules of <see cref="Detect"/>, over values a test can choose.</summary>
    public static TerminalInfo FromEnvironment(bool outputIsTerminal, bool errorIsTerminal, string? noColor, string? term, Func<int> windowWidth)
    {
        var dumb = string.Equals(term, "dumb", StringComparison.Ordinal);
        var colorAllowed = string.IsNullOrEmpty(noColor) && !dumb;
        var width = DefaultWidth;
        if (outputIsTerminal)
        {
            try
            {
                width = windowWidth() is var w and > 0 ? w : DefaultWidth;
            }
            catch (IOException)
            {
                // No console window after all (a pseudo-terminal without a size): keep the default.
            }
        }

        return new TerminalInfo(outputIsTerminal, errorIsTerminal && !dumb, colorAllowed, width);
    }

    /// <summary>A Spectre console over <paramref name="writer"/>, with colour only if <paramref name="color"/>.</summary>
    public IAnsiConsole CreateConsole(TextWriter writer, bool color)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = Width;
        return console;
    }
}
