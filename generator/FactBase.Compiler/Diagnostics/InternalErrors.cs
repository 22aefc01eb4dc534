using System;

namespace FactBase.Compiler.Diagnostics;

/// <summary>
/// The core never throws: a step that fails on some content reports FB0900 at the file and the
/// build goes on. One wording for every step, so the generator and the command line agree.
/// </summary>
public static class InternalErrors
{
    /// <summary>Whether the exception is a bug of ours to report, rather than cancellation or the process running out of memory.</summary>
    public static bool IsReportable(Exception e) => e is not OperationCanceledException and not OutOfMemoryException;

    public static Diagnostic At(string path, Exception e) =>
        DiagnosticDescriptors.InternalError.At(path, SourceSpan.FileStart, e.GetType().Name + ": " + e.Message);
}
