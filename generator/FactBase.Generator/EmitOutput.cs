using FactBase.Compiler.Common;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Model;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Schema;
using FbDiagnostic = FactBase.Compiler.Diagnostics.Diagnostic;

namespace FactBase.Generator;

/// <summary>
/// What the read step gives: in the IDE, every file's result with the schema; in a command-line build,
/// what the build step's index holds; and the internal error that emptied it, if one did.
/// </summary>
public sealed record ReadOutput(FileResults? Files, IndexedContent? Indexed, FbDiagnostic? Failure)
{
    public SchemaModel Schema => Files?.Schema ?? Indexed?.Schema ?? SchemaModel.Empty;

    /// <summary>What the link reads: nothing from an index, whose facts are placed already.</summary>
    public EquatableArray<LinkEntry> LinkEntries() => Files?.LinkEntries() ?? EquatableArray<LinkEntry>.Empty;

    public FactKeys FactKeys() => Files is null ? new FactKeys(EquatableArray<FactKey>.Empty, default) : Compiler.Emitting.FactKeys.Of(Files);

    /// <summary>Every file's own diagnostics, in file order, with the read's failure: none from an index, whose diagnostics the build step reported.</summary>
    public EquatableArray<FbDiagnostic> Diagnostics()
    {
        var all = new System.Collections.Generic.List<FbDiagnostic>();
        foreach (var result in Files?.Results ?? EquatableArray<FileResult>.Empty)
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
