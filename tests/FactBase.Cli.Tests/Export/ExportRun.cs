using System.IO;
using FactBase.Cli.Commands;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests.Export;

/// <summary>Runs <c>export</c> over a folder: exit code, standard output's bytes, standard error.</summary>
internal static class ExportRun
{
    public static string HostileContent => RepoPaths.File("tests/FactBase.Cli.Tests/Fixtures/hostile");

    public static (int Code, byte[] Output, string Error) Run(string directory, ExportFormat format, string? baseIri = null, string? folder = null)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var code = ExportCommand.Run(directory, ReadOptions.Default, output, error, format, baseIri: baseIri, folder: folder);
        return (code, output.ToArray(), error.ToString());
    }
}
