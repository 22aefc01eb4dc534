using FactBase.Compiler.Common;
using FactBase.Compiler.Emitting;
using FbDiagnostic = FactBase.Compiler.Diagnostics.Diagnostic;

namespace FactBase.Generator;

/// <summary>What an emit step gives: its source, or none and the internal error that explains why.</summary>
public sealed record EmitOutput(GeneratedSource? Source, FbDiagnostic? Failure);

/// <summary>
/// The layout of the generated files, the internal error if it had to fall back to kinds without
/// facts, and the check step's diagnostics of every file (passed on here, so that reporting them
/// needs no output with an entry per file).
/// </summary>
public sealed record LayoutOutput(Layout Layout, FbDiagnostic? Failure, EquatableArray<FbDiagnostic> Diagnostics);

/// <summary>The facts' places with the context they were computed in, or the internal error that stopped them.</summary>
public sealed record PlacementOutput(EmitContext Context, Placement? Placement, FbDiagnostic? Failure);
