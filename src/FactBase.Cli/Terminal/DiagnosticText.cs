using FactBase.Cli.Loading;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Cli.Terminal;

/// <summary>A diagnostic as one line in MSBuild's form, with its severity coloured on a terminal.</summary>
internal static class DiagnosticText
{
    public static string Format(Diagnostic diagnostic, bool color)
    {
        var plain = diagnostic.ToMSBuildString(diagnostic.Path);
        if (!color)
        {
            return plain;
        }

        var word = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var painted = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Paint.Red(word, color),
            DiagnosticSeverity.Warning => Paint.Yellow(word, color),
            _ => word,
        };
        var location = $"{diagnostic.Path}({diagnostic.Span.Line},{diagnostic.Span.Column})";
        return $"{Paint.Bold(location, color)}: {painted} {diagnostic.Id}: {diagnostic.Message}";
    }

    /// <summary>The summary line, its counts coloured when they are not zero.</summary>
    public static string Summary(LoadedContent content, bool color)
    {
        if (!color)
        {
            return content.Summary;
        }

        var errors = LoadedContent.Plural(content.Errors, "error");
        var warnings = LoadedContent.Plural(content.Warnings, "warning");
        return $"{content.Directory}: {content.FileCount} files, {content.Model.Kinds.Count} kinds, {content.FactCount} facts; " +
            $"{(content.Errors > 0 ? Paint.Red(errors, color) : Paint.Green(errors, color))}, " +
            $"{(content.Warnings > 0 ? Paint.Yellow(warnings, color) : warnings)}";
    }
}
