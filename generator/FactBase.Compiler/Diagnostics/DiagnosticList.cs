using FactBase.Compiler.Common;

namespace FactBase.Compiler.Diagnostics;

/// <summary>What is asked of a list of diagnostics.</summary>
public static class DiagnosticList
{
    /// <summary>Whether any of them is an error: what fails a build and makes <c>factbase check</c> exit 1.</summary>
    public static bool HasErrors(this EquatableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }
}
