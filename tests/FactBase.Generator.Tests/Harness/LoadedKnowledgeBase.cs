using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using FactBase.Compiler.Emitting;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator.Tests.Harness;

/// <summary>
/// The generated code, compiled, emitted with the records resource the build step writes, and
/// loaded, so a test can read back the values it holds: the proof that content round-trips through
/// the records exactly.
/// </summary>
internal sealed class LoadedKnowledgeBase : IDisposable
{
    private readonly AssemblyLoadContext _context = new("generated", isCollectible: true);
    private readonly Assembly _assembly;

    public LoadedKnowledgeBase(Compilation compilation, byte[] records)
    {
        using var image = new MemoryStream();
        var resource = new ResourceDescription(RecordsResource.Name, () => new MemoryStream(records), isPublic: true);
        var emitted = compilation.Emit(image, manifestResources: [resource]);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        _assembly = _context.LoadFromStream(image);
    }

    /// <summary>The fact behind a generated static property, such as <c>Places.Class</c>.</summary>
    public FactBase.Fact Fact(string collection, string member) =>
        (FactBase.Fact)_assembly.GetType($"{GeneratorHarness.Namespace}.{collection}", throwOnError: true)!
            .GetProperty(member, BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;

    /// <summary>A property of a fact, by its C# name.</summary>
    public static object? Get(FactBase.Fact fact, string property) =>
        fact.GetType().GetProperty(property)!.GetValue(fact);

    public string[] CollectionMembers(string collection) =>
        _assembly.GetType($"{GeneratorHarness.Namespace}.{collection}", throwOnError: true)!
            .GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name).ToArray();

    public void Dispose() => _context.Unload();
}
