using System;
using System.IO;
using System.Threading.Tasks;

namespace FactBase.Packaging.Tests;

/// <summary>A new console project in a temp folder, with only the packed packages: it builds, queries, and fails on bad content.</summary>
[Collection(LocalFeedCollection.Name)]
public class FreshProjectTests(LocalFeed feed)
{
    [Fact]
    public async Task A_fresh_project_builds_queries_its_facts_and_fails_on_a_dangling_ref_at_its_line()
    {
        var (project, austin) = await feed.PlacesProgram("Demo", "<Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors>");

        var (runCode, runOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "run", "--configfile", feed.NuGetConfig);
        Assert.True(runCode == 0, runOutput);
        Assert.Contains("Austin is in Texas", runOutput, StringComparison.Ordinal);

        await File.WriteAllTextAsync(austin, "---\nkind: place\nname: Austin\npart-of: texsa\n---\nA city.\n");
        var (buildCode, buildOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "build", "--no-restore");
        Assert.NotEqual(0, buildCode);
        Assert.Contains($"{austin}(4,10): error FB0302: No fact has the id 'texsa' (did you mean 'texas'?)", buildOutput, StringComparison.Ordinal);

        // A file that yields no fact at all: its content error is the only error, and no C# error
        // follows for Program.cs, which names the fact it would have been.
        await File.WriteAllTextAsync(austin, "---\nkind: place\nname: [Austin\n---\nA city.\n");
        var (brokenCode, brokenOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "build", "--no-restore");
        Assert.NotEqual(0, brokenCode);
        Assert.Contains($"{austin}(4,1): error FB0003", brokenOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", brokenOutput, StringComparison.Ordinal);
        await File.WriteAllTextAsync(austin, "---\nkind: place\nname: Austin\npart-of: texsa\n---\nA city.\n");

        var tools = Path.Combine(feed.Root, "tools");
        var (installCode, installOutput) = await Dotnet.Run(feed.Root, feed.Environment, "dotnet", "tool", "install", "FactBase.Tool", "--version", feed.Version, "--tool-path", tools, "--configfile", feed.NuGetConfig);
        Assert.True(installCode == 0, installOutput);
        var factbase = Path.Combine(tools, "factbase");
        var (checkCode, checkOutput) = await Dotnet.Run(project, feed.Environment, factbase, "check", "content");
        Assert.Equal(1, checkCode);
        Assert.Contains("content/places/austin.md(4,10): error FB0302", checkOutput, StringComparison.Ordinal);

        // Every command of the installed tool, on the same content once fixed.
        await File.WriteAllTextAsync(austin, "---\nkind: place\nname: Austin\npart-of: texas\n---\nA city.\n");
        await Expect(0, "0 errors", "check", "content");
        await Expect(0, "\"id\": \"austin\"", "export", "content");
        await Expect(0, "{\"id\":\"austin\"", "export", "content", "--format", "jsonl");
        await Expect(0, "texas", "list", "content", "--kind", "place");
        await Expect(0, "part-of", "show", "austin", "--dir", "content");
        await Expect(0, "factbase.place.schema.json", "schema", "content", "--output", Path.Combine(project, "schemas"));
        await Expect(0, "re-check it on every save", "watch", "--help");
        await Expect(0, "dallas.md", "new", "place", "dallas", "--dir", "content");

        async Task Expect(int code, string expected, params string[] args)
        {
            var (actualCode, output) = await Dotnet.Run(project, feed.Environment, factbase, args);
            Assert.True(actualCode == code && output.Contains(expected, StringComparison.Ordinal), $"factbase {string.Join(' ', args)} exited {actualCode}:\n{output}");
        }
    }
}
