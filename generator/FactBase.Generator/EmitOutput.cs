using FactBase.Compiler.Emitting;
using FbDiagnostic = FactBase.Compiler.Diagnostics.Diagnostic;

namespace FactBase.Generator;

/// <summary>What an emit step gives: its source, or none and the internal error that explains why.</summary>
public sealed record EmitOutput(GeneratedSource? Source, FbDiagnostic? Failure);

/// <summary>The layout of the generated files, and the internal error if it had to fall back to kinds without facts.</summary>
public sealed record LayoutOutput(Layout Layout, FbDiagnostic? Failure);

/// <summary>The facts' places with the context they were computed in, or the internal error that stopped them.</summary>
public sealed record PlacementOutput(EmitContext Context, Placement? Placement, FbDiagnostic? Failure);
