using FactBase.Compiler.Common;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Pipeline;
using FbDiagnostic = FactBase.Compiler.Diagnostics.Diagnostic;

namespace FactBase.Generator;

/// <summary>What the read step gives: every file's result with the schema, and the internal error that emptied it, if one did.</summary>
public sealed record ReadOutput(FileResults Files, FbDiagnostic? Failure)
{
    /// <summary>Every file's own diagnostics, in file order, with the read's failure.</summary>
    public EquatableArray<FbDiagnostic> Diagnostics()
    {
        var all = new System.Collections.Generic.List<FbDiagnostic>();
        foreach (var result in Files.Results)
        {
            all.AddRange(result.Diagnostics);
        }

        if (Failure is not null)
        {
            all.Add(Failure);
        }

        return all.Count == 0 ? EquatableArray<FbDiagnostic>.Empty : all.ToEquatableArray();
    }
}

/// <summary>The facts' places, or none and the internal error that stopped them.</summary>
public sealed record PlacementOutput(Placement? Placement, FbDiagnostic? Failure);

/// <summary>The generated files' models, and the internal error if it had to fall back to kinds without facts.</summary>
public sealed record LayoutOutput(Layout Layout, FbDiagnostic? Failure);

/// <summary>What an emit step gives: its source, or none and the internal error that explains why.</summary>
public sealed record EmitOutput(GeneratedSource? Source, FbDiagnostic? Failure);
