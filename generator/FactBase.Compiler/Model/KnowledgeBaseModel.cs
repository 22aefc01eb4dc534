using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Model;

/// <summary>The whole knowledge base, checked and linked: kinds and facts sorted by id.</summary>
public sealed record KnowledgeBaseModel(EquatableArray<KindDefinition> Kinds, EquatableArray<FactModel> Facts);

/// <summary>What compiling the content gives: the model, and every problem found on the way.</summary>
public sealed record CompilationResult(KnowledgeBaseModel Model, EquatableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.HasErrors();
}
