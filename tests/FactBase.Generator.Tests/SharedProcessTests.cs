using System.Collections.Generic;
using System.Linq;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using static FactBase.Generator.Tests.Harness.StepTracking;

namespace FactBase.Generator.Tests;

/// <summary>
/// Two projects in one compiler process (the compiler server, or the IDE with two projects open):
/// each generator instance keeps its own results, so neither sees the other's content, root or
/// namespace, and an edit in one leaves the other all cached.
/// </summary>
public class SharedProcessTests
{
    private static readonly (string Path, string Text)[] Dallas =
    [
        ("places/dallas.md", "---\nkind: place\nname: Dallas\n---\n"),
    ];

    [Fact]
    public void Two_drivers_with_their_own_roots_and_namespaces_keep_apart()
    {
        var first = new GeneratorHarness(SampleContent.Files, Namespace("First.Facts"), contentRoot: "/one/content/");
        var second = new GeneratorHarness([.. SampleContent.Files, .. Dallas], Namespace("Second.Facts"), contentRoot: "/two/content/");
        first.Run();
        second.Run();

        first.Replace("places/texas.md", SampleContent.Files.Single(f => f.Path == "places/texas.md").Text + "\nEdited.\n");
        AssertAllCached(second.Run().Results.Single(), [.. AllSteps]);

        var (firstOutput, firstDiagnostics) = first.Compile();
        var (secondOutput, secondDiagnostics) = second.Compile();
        Assert.Empty(firstDiagnostics);
        Assert.Empty(secondDiagnostics);
        Assert.Empty(Places(firstOutput, "First.Facts").GetMembers("Dallas"));
        Assert.Single(Places(secondOutput, "Second.Facts").GetMembers("Dallas"));
        Assert.Null(firstOutput.GetTypeByMetadataName("Second.Facts.Places"));
        Assert.Null(secondOutput.GetTypeByMetadataName("First.Facts.Places"));
    }

    private static Dictionary<string, string> Namespace(string name) => new() { ["FactBaseNamespace"] = name };

    private static INamedTypeSymbol Places(Compilation output, string ns) =>
        output.GetTypeByMetadataName(ns + ".Places") ?? throw new Xunit.Sdk.XunitException($"no {ns}.Places");
}
