using System.Linq;
using System.Reflection;
using FactBase.Compiler.Common;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator.Tests;

/// <summary>
/// The names the linker reserves must be the names the generated code and the runtime use:
/// a query added to KnowledgeBase without its Kb forwarder, or a forwarder without its reserved
/// name, would let a kind's plural collide with it and the generated code fail to compile.
/// </summary>
public class ReservedNamesTests
{
    [Fact]
    public void Kb_has_exactly_the_reserved_members_beside_its_collections()
    {
        var kb = GeneratedKb();
        var queries = PublicMembers(kb).Where(m => m is not IPropertySymbol { Type.Name: "FactCollection" }).Select(m => m.Name).Distinct();

        Assert.Equal(Naming.KnowledgeBaseMembers.Except(Naming.ObjectMembers).Order(), queries.Order());
    }

    [Fact]
    public void Kb_forwards_every_public_query_of_the_runtime_knowledge_base_with_its_overloads()
    {
        var kb = GeneratedKb();
        var forwarded = PublicMembers(kb).OfType<IMethodSymbol>().Select(m => $"{m.Name}/{m.Parameters.Length}")
            .Concat(PublicMembers(kb).OfType<IPropertySymbol>().Select(p => p.Name));
        // Members hidden from the editor are for generated code (the kinds' stores), not queries.
        var runtime = typeof(KnowledgeBase).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<System.ComponentModel.EditorBrowsableAttribute>()?.State != System.ComponentModel.EditorBrowsableState.Never)
            .Select(m => m switch
            {
                MethodInfo { IsSpecialName: false } method => $"{method.Name}/{method.GetParameters().Length}",
                PropertyInfo property => property.Name,
                _ => null,
            })
            .OfType<string>();

        Assert.Empty(runtime.Except(forwarded));
    }

    [Fact]
    public void Every_public_member_of_fact_is_reserved_from_field_names()
    {
        var members = typeof(Fact).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m is PropertyInfo or MethodInfo { IsSpecialName: false })
            .Select(m => m.Name)
            .Distinct();

        Assert.Empty(members.Except(Naming.FactMembers));
    }

    private static INamedTypeSymbol GeneratedKb()
    {
        var (output, diagnostics) = new GeneratorHarness(SampleContent.Files).Compile();
        Assert.Empty(diagnostics);
        return output.GetTypeByMetadataName(GeneratorHarness.Namespace + "." + Naming.KnowledgeBaseClass)!;
    }

    private static ISymbol[] PublicMembers(INamedTypeSymbol type) =>
        [.. type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared && m is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol)];
}
