namespace FactBase.Compiler.Diagnostics;

/// <summary>A problem found in the content, located in the Markdown file that holds it.</summary>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, string Path, SourceSpan Span)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The line MSBuild and the command line print: <c>path(line,col): error FB0001: message</c>.</summary>
    public string ToMSBuildString(string displayPath) =>
        $"{displayPath}({Span.Line},{Span.Column}): {SeverityWord} {Id}: {Message}";

    private string SeverityWord => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
