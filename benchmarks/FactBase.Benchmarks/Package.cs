using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FactBase.Benchmarks;

/// <summary>
/// The FactBase package as a user gets it: <c>src/FactBase</c> packed once per benchmark process into a
/// folder feed of this repository's own, under a version of its own, with a package cache of its own
/// (NUGET_PACKAGES), so that a consumer restores exactly this build and nothing the machine cached.
/// Markdig and YamlDotNet (what the package and the query consumer depend on) are copied into the feed
/// from the machine's package cache, where the repository's restore put them: the feed is the only source.
/// </summary>
internal static class Package
{
    private static readonly Lazy<string> Packed = new(Pack);

    /// <summary>This repository's folder under the benchmark's temp root: consumers, feed and cache of one work tree.</summary>
    public static string Home { get; } = Path.Combine(Consumer.Root, "repo-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Consumer.Repo)))[..8].ToLowerInvariant());

    public static string Feed => Path.Combine(Home, "feed");

    /// <summary>The consumers' package cache (their NUGET_PACKAGES).</summary>
    public static string Cache => Path.Combine(Home, "packages");

    /// <summary>The packed version; packs on first use.</summary>
    public static string Version => Packed.Value;

    private static string Pack()
    {
        // A build server of an earlier run, still up, would serve from the package folder deleted below.
        Servers.StopMine();
        Directory.CreateDirectory(Feed);
        foreach (var old in Directory.EnumerateFiles(Feed, "factbase.*.nupkg").Concat(Directory.EnumerateFiles(Feed, "FactBase.*nupkg")).ToList())
        {
            File.Delete(old);
        }

        var installed = Path.Combine(Cache, "factbase");
        if (Directory.Exists(installed))
        {
            Directory.Delete(installed, recursive: true);
        }

        // The nuget.config every consumer under Home finds first, walking up from its folder.
        File.WriteAllText(Path.Combine(Home, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="factbase-bench" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        var version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var (_, ms) = Consumer.Run("dotnet", $"pack src/FactBase/FactBase.csproj -c Release -o {Feed} -p:PackageVersion={version} -v q -nologo", Consumer.Repo.TrimEnd('/'), userEnvironment: false);
        Console.Error.WriteLine($"packed FactBase {version} into {Feed} in {Measure.Ms(ms)}");

        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var versions = File.ReadAllText(Path.Combine(Consumer.Repo, "Directory.Packages.props"));
        foreach (var id in new[] { "Markdig", "YamlDotNet" })
        {
            var dependency = DependencyVersion(versions, id);
            var nupkg = Path.Combine(machineCache, id.ToLowerInvariant(), dependency, $"{id.ToLowerInvariant()}.{dependency}.nupkg");
            File.Copy(nupkg, Path.Combine(Feed, Path.GetFileName(nupkg)), overwrite: true);
        }

        return version;
    }

    public static string DependencyVersion(string id) => DependencyVersion(File.ReadAllText(Path.Combine(Consumer.Repo, "Directory.Packages.props")), id);

    private static string DependencyVersion(string props, string id) => Regex.Match(props, $"Include=\"{id}\" Version=\"([^\"]+)\"").Groups[1].Value;
}
