using System.Collections.Generic;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Pipeline;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>A file changed since the last snapshot, read and checked alone: its fact (if it yields one) and its own diagnostics.</summary>
internal sealed record ChangedFile(SourceFile File, FactModel? Fact, FactSummary? Summary, IReadOnlyList<Diagnostic> Own, string? Casualty);
