namespace FactBase.Compiler.Diagnostics;

/// <summary>How bad a problem is, by default; users may raise or lower it per id.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
