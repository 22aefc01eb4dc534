using System.Collections.Generic;

namespace FactBase.Cli.LanguageServer.Protocol;

internal enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

internal sealed record CodeDescription(string Href);

internal sealed record Diagnostic(Range Range, DiagnosticSeverity Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);
