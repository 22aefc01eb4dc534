using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;

namespace FactBase.Compiler.Emitting;

/// <summary>The model as C#: a file per kind and the <c>Kb</c> file. Pure text, no Roslyn.</summary>
public static class CSharpEmitter
{
    public static EquatableArray<GeneratedSource> Emit(KnowledgeBaseModel model, EmitOptions options)
    {
        var plan = EmitPlan.Create(model);
        var types = new TypeEmitter(Namespaces.Sanitize(options.Namespace), plan);
        var kinds = new KindEmitter(types, new ValueEmitter(types));
        var sources = new List<GeneratedSource>();
        foreach (var kind in plan.Kinds)
        {
            sources.Add(new GeneratedSource(kind.ClassName + ".g.cs", kinds.Emit(kind)));
        }

        sources.Add(new GeneratedSource(Naming.KnowledgeBaseClass + ".g.cs", new KnowledgeBaseEmitter(types).Emit(plan)));
        return sources.ToEquatableArray();
    }
}
