using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FactBase.Packaging.Tests;

/// <summary>What the FactBase package holds, and what its analyzer assemblies may reference.</summary>
[Collection(LocalFeedCollection.Name)]
public class PackageContentTests(LocalFeed feed)
{
    /// <summary>
    /// The highest version of each assembly the analyzer assemblies may reference: what
    /// compilers from Roslyn 4.14 (VS 17.14, SDK 9.0.300) on provide. Anything else must ship in the package.
    /// </summary>
    private static readonly (string Name, Version Highest)[] Provided =
    [
        ("netstandard", new Version(2, 0, 0, 0)),
        ("Microsoft.CodeAnalysis", new Version(4, 14, 0, 0)),
        ("Microsoft.CodeAnalysis.CSharp", new Version(4, 14, 0, 0)),
        ("System.Collections.Immutable", new Version(9, 0, 0, 0)),
        ("System.Memory", new Version(4, 0, 5, 0)),
        ("System.Buffers", new Version(4, 0, 5, 0)),
        ("System.Runtime.CompilerServices.Unsafe", new Version(6, 0, 3, 0)),
        ("System.Numerics.Vectors", new Version(4, 1, 6, 0)),
    ];

    /// <summary>What MSBuild gives the tasks it loads, beside what it gives as a .NET or .NET Framework program; its assemblies keep the version 15.1.</summary>
    private static readonly (string Name, Version Highest)[] ProvidedToTasks =
    [
        .. Provided.Where(p => !p.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)),
        ("Microsoft.Build.Framework", new Version(15, 1, 0, 0)),
        ("Microsoft.Build.Utilities.Core", new Version(15, 1, 0, 0)),
        ("System.Reflection.Metadata", new Version(8, 0, 0, 0)),
    ];

    [Fact]
    public void The_package_holds_the_runtime_the_generator_the_build_step_and_its_server_with_their_dependencies_and_the_msbuild_files()
    {
        using var package = OpenPackage("FactBase");

        var entries = package.Entries.Select(e => e.FullName).Where(n => !n.StartsWith('_') && !n.StartsWith("package/", StringComparison.Ordinal)).Order().ToList();

        Assert.Contains("lib/net10.0/FactBase.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.Equal(
            ["analyzers/dotnet/cs/FactBase.Compiler.dll", "analyzers/dotnet/cs/FactBase.Generator.dll", "analyzers/dotnet/cs/Markdig.dll", "analyzers/dotnet/cs/YamlDotNet.dll"],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));
        Assert.Equal(
            [
                "tasks/net10.0/FactBase.Build.dll", "tasks/net10.0/FactBase.BuildServer.deps.json", "tasks/net10.0/FactBase.BuildServer.dll",
                "tasks/net10.0/FactBase.BuildServer.runtimeconfig.json", "tasks/net10.0/FactBase.Compiler.dll", "tasks/net10.0/Markdig.dll", "tasks/net10.0/YamlDotNet.dll",
                "tasks/netstandard2.0/FactBase.Build.dll", "tasks/netstandard2.0/FactBase.Compiler.dll", "tasks/netstandard2.0/Markdig.dll", "tasks/netstandard2.0/YamlDotNet.dll",
            ],
            entries.Where(e => e.StartsWith("tasks/", StringComparison.Ordinal)));
        Assert.Equal(
            ["build/FactBase.props", "build/FactBase.targets", "buildTransitive/FactBase.props", "buildTransitive/FactBase.targets"],
            entries.Where(e => e.StartsWith("build", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyzer_assemblies_reference_only_what_the_compiler_provides_or_the_package_ships() =>
        AssertReferencesProvided("analyzers/dotnet/cs/", Provided, "the compiler");

    [Fact]
    public void Task_assemblies_reference_only_what_msbuild_provides_or_the_package_ships() =>
        AssertReferencesProvided("tasks/netstandard2.0/", ProvidedToTasks, "MSBuild");

    private void AssertReferencesProvided(string folder, (string Name, Version Highest)[] providedByHost, string host)
    {
        using var package = OpenPackage("FactBase");
        var assemblies = package.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal)).ToList();
        var shipped = assemblies.Select(e => Path.GetFileNameWithoutExtension(e.Name)).ToHashSet();

        Assert.NotEmpty(assemblies);
        Assert.DoesNotContain("System.Memory", shipped);
        foreach (var entry in assemblies)
        {
            foreach (var (name, version) in References(entry))
            {
                if (shipped.Contains(name))
                {
                    continue;
                }

                var provided = providedByHost.FirstOrDefault(p => p.Name == name);
                Assert.True(provided.Name is not null, $"{entry.FullName} references {name} {version}, which neither {host} provides nor the package ships");
                Assert.True(version <= provided.Highest, $"{entry.FullName} references {name} {version}, above the {provided.Highest} the oldest supported {host} has");
            }
        }
    }

    [Fact]
    public void The_generator_and_the_build_step_ship_one_build_of_the_compiler_the_one_the_repository_builds()
    {
        // The generator refuses an index that another build of the compiler wrote (FB0900), so the
        // package's copies must be one build; and a pack must leave the repository's own builds as they
        // were, or its projects built after it (as the README's test command builds them) load two.
        using var package = OpenPackage("FactBase");
        var copies = package.Entries.Where(e => e.Name == "FactBase.Compiler.dll").Select(e => (e.FullName, Bytes: Read(e))).ToList();
        var repository = new[] { "generator/FactBase.Generator", "generator/FactBase.Build" }
            .Select(project => Path.Combine(RepoPaths.Root, project, "bin", feed.Configuration, "netstandard2.0", "FactBase.Compiler.dll"))
            .Select(path => (FullName: path, Bytes: File.ReadAllBytes(path)));

        Assert.Equal(3, copies.Count);
        Assert.All(copies.Concat(repository), copy => Assert.True(copy.Bytes.AsSpan().SequenceEqual(copies[0].Bytes), $"{copy.FullName} is another build of the compiler than {copies[0].FullName}"));
    }

    [Fact]
    public void Packages_carry_readme_license_tags_and_repository()
    {
        foreach (var id in new[] { "FactBase", "FactBase.Tool" })
        {
            using var package = OpenPackage(id);
            using var reader = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var nuspec = reader.ReadToEnd();

            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<tags>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<repository type=\"git\"", nuspec, StringComparison.Ordinal);
        }
    }

    private ZipArchive OpenPackage(string id) =>
        ZipFile.OpenRead(Path.Combine(feed.Feed, $"{id}.{feed.Version}.nupkg"));

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        return stream.ToArray();
    }

    private static (string Name, Version Version)[] References(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream(Read(entry));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToArray();
    }
}
