using System.IO;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase check &lt;dir&gt;</c>: every problem in MSBuild's format, then a summary line.</summary>
internal static class CheckCommand
{
    public static int Run(string directory, ReadOptions options, TextWriter output, TextWriter error, TerminalInfo? terminal = null)
    {
        terminal ??= TerminalInfo.Plain;
        var content = LoadedContent.Check(directory, options, error, terminal);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        foreach (var diagnostic in content.OrderedDiagnostics)
        {
            output.WriteLine(DiagnosticText.Format(diagnostic, terminal.ColorOutput));
        }

        output.WriteLine(DiagnosticText.Summary(content, terminal.ColorOutput));
        return content.ExitCode;
    }
}
