using System.IO;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase check &lt;dir&gt;</c>: every problem in MSBuild's format, then a summary line.</summary>
internal static class CheckCommand
{
    public static int Run(string directory, ReadOptions options, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"factbase: no folder '{directory}'");
            return ExitCodes.UsageError;
        }

        var files = ContentLoader.Load(directory);
        var result = KnowledgeBaseCompiler.Compile(files, options);
        var ordered = result.Diagnostics
            .OrderBy(d => d.Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column);
        foreach (var diagnostic in ordered)
        {
            output.WriteLine(diagnostic.ToMSBuildString(diagnostic.Path));
        }

        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        output.WriteLine(
            $"{directory}: {files.Count} files, {result.Model.Kinds.Count} kinds, {result.Model.Facts.Count} facts; " +
            $"{Plural(errors, "error")}, {Plural(warnings, "warning")}");
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
