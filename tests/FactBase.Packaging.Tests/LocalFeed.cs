using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace FactBase.Packaging.Tests;

/// <summary>
/// FactBase and FactBase.Tool packed once (the test project built them first, so packing finds them up to date) into a
/// temp folder feed, under a version of their own, with a package cache of their own, so
/// no run sees another's packages.
/// </summary>
public sealed class LocalFeed : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "factbase-pack-" + Guid.NewGuid().ToString("N")[..8]);

    public string Feed => Path.Combine(Root, "feed");

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public string Configuration { get; } = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The environment every inner command runs with: its own package cache.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    /// <summary>
    /// A new project in its own folder under <see cref="Root"/>, <c>Name/Name.csproj</c>, for net10.0 and
    /// referencing the packed FactBase, with <paramref name="properties"/> (MSBuild property elements) besides.
    /// </summary>
    public async Task<string> Consumer(string name, string properties)
    {
        var project = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.Combine(project, "content", "kinds"));
        await File.WriteAllTextAsync(Path.Combine(project, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactBase" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    /// <summary>
    /// A <see cref="Consumer"/> that is a console program printing where Austin is: a place kind, Texas, and
    /// Austin, part of Texas (the file returned, for the test to break).
    /// </summary>
    public async Task<(string Project, string Austin)> PlacesProgram(string name, string properties)
    {
        var project = await Consumer(name, "<OutputType>Exe</OutputType>" + properties);
        Directory.CreateDirectory(Path.Combine(project, "content", "places"));
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), $"System.Console.WriteLine($\"{{{name}.Places.Austin.Name}} is in {{{name}.Places.Austin.PartOf?.Value.Name}}\");\n");
        await File.WriteAllTextAsync(Path.Combine(project, "content", "kinds", "place.md"), "---\nkind: kind\nfields:\n  name: string\n  part-of: ref<place>?\n---\nA place.\n");
        await File.WriteAllTextAsync(Path.Combine(project, "content", "places", "texas.md"), "---\nkind: place\nname: Texas\n---\nA state.\n");
        var austin = Path.Combine(project, "content", "places", "austin.md");
        await File.WriteAllTextAsync(austin, "---\nkind: place\nname: Austin\npart-of: texas\n---\nA city.\n");
        return (project, austin);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        await File.WriteAllTextAsync(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        foreach (var project in new[] { "src/FactBase/FactBase.csproj", "src/FactBase.Cli/FactBase.Cli.csproj" })
        {
            // Packed with the machine's own package cache: the isolated one is for the consumer alone,
            // and a restore of the repository's projects against it would leave them pointing at a deleted folder.
            var (code, output) = await Dotnet.Run(RepoPaths.Root, new Dictionary<string, string>(), "dotnet", "pack", project, "-c", Configuration, "-o", Feed, $"-p:PackageVersion={Version}");
            Assert.True(code == 0, output);
        }

        CopyRuntimeDependencies();
    }

    /// <summary>
    /// The packages FactBase depends on (Markdig: the runtime renders bodies on first use), from the
    /// machine's package cache where the repository's restore put them: the feed stays the only source.
    /// </summary>
    private void CopyRuntimeDependencies()
    {
        var cache = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var versions = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Packages.props"));
        foreach (var id in new[] { "Markdig" })
        {
            var version = System.Text.RegularExpressions.Regex.Match(versions, $"Include=\"{id}\" Version=\"([^\"]+)\"").Groups[1].Value;
            var package = Path.Combine(cache, id.ToLowerInvariant(), version, $"{id.ToLowerInvariant()}.{version}.nupkg");
            Assert.True(File.Exists(package), $"{package} should be in the package cache after the repository's restore");
            File.Copy(package, Path.Combine(Feed, Path.GetFileName(package)));
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// One feed for every packaging test: packing twice at once would build the same projects
/// in parallel and trip over each other's files.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LocalFeedCollection : ICollectionFixture<LocalFeed>
{
    public const string Name = "local feed";
}
