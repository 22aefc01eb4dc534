using System;
using System.IO;
using System.Threading.Tasks;

namespace FactBase.Packaging.Tests;

/// <summary>What the build step writes under <c>obj/</c> is the build's, and <c>dotnet clean</c> removes it.</summary>
[Collection(LocalFeedCollection.Name)]
public class CleanTests(LocalFeed feed)
{
    [Fact]
    public async Task Dotnet_clean_removes_the_build_steps_cache_and_outputs()
    {
        // The step in the build's own process: no build server left running after the test.
        var project = await feed.Consumer("Cleaned", "<FactBaseBuildServer>false</FactBaseBuildServer>");
        await File.WriteAllTextAsync(Path.Combine(project, "content", "kinds", "place.md"), "---\nkind: kind\nfields:\n  name: string\n---\nA place.\n");
        await File.WriteAllTextAsync(Path.Combine(project, "content", "texas.md"), "---\nkind: place\nname: Texas\n---\nA state.\n");
        var factbase = Path.Combine(project, "obj", feed.Configuration, "net10.0", "factbase");

        var (restoreCode, restoreOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "restore", "--configfile", feed.NuGetConfig);
        Assert.True(restoreCode == 0, restoreOutput);
        var (buildCode, buildOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "build", "--no-restore", "-c", feed.Configuration);
        Assert.True(buildCode == 0, buildOutput);
        Assert.True(File.Exists(Path.Combine(factbase, "cache.bin")), $"no cache in {factbase}:\n{buildOutput}");
        Assert.True(File.Exists(Path.Combine(factbase, "Cleaned.Facts.dll")), $"no records assembly in {factbase}");

        var (cleanCode, cleanOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "clean", "-c", feed.Configuration);

        Assert.True(cleanCode == 0, cleanOutput);
        var left = Directory.Exists(factbase) ? Directory.GetFiles(factbase, "*", SearchOption.AllDirectories) : [];
        Assert.True(left.Length == 0, "dotnet clean left " + string.Join(", ", left) + ":\n" + cleanOutput);
        Assert.False(Directory.Exists(factbase), factbase + " is still there");
    }
}
