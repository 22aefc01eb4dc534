using System.IO;
using FactBase.Cli.Export;
using FactBase.Cli.Loading;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>
/// <c>factbase export &lt;dir&gt;</c>: the JSON of DESIGN.md §4 on standard output. Problems go to
/// standard error, and errors make the exit code 1, so a script never takes bad content for good.
/// </summary>
internal static class ExportCommand
{
    public static int Run(string directory, ReadOptions options, Stream output, TextWriter error)
    {
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"factbase: no folder '{directory}'");
            return ExitCodes.UsageError;
        }

        var result = KnowledgeBaseCompiler.Compile(ContentLoader.Load(directory), options);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToMSBuildString(diagnostic.Path));
        }

        JsonExporter.Write(result.Model, output);
        return result.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
