using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace FactBase.Packaging.Tests;

/// <summary>
/// A project built through FactBase's build server, as on a user's machine (this sandbox turns it off by
/// default): the build step starts early, the build takes its answer, and a content error still stops the
/// build before the compiler, at its file and line. The server the test's builds started is stopped at its end.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public class BuildServerTests(LocalFeed feed)
{
    [Fact]
    public async Task A_build_through_the_build_server_starts_the_step_early_and_takes_its_answer()
    {
        var (project, austin) = await feed.PlacesProgram("Served", "<FactBaseBuildServer>true</FactBaseBuildServer>");
        try
        {
            var (restoreCode, restoreOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "restore", "--configfile", feed.NuGetConfig);
            Assert.True(restoreCode == 0, restoreOutput);

            var (buildCode, buildOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "build", "--no-restore", "-v", "n");
            Assert.True(buildCode == 0, buildOutput);
            Assert.Contains("FactBase: the build step started in the build server.", buildOutput, StringComparison.Ordinal);
            Assert.Contains("FactBase: 3 content files, 3 read, 0 unchanged since the last build.", buildOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("the build server was not used", buildOutput, StringComparison.Ordinal);
            var (runCode, runOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "run", "--no-build");
            Assert.True(runCode == 0 && runOutput.Contains("Austin is in Texas", StringComparison.Ordinal), runOutput);

            await File.WriteAllTextAsync(austin, "---\nkind: place\nname: Austin\npart-of: texsa\n---\nA city.\n");
            var (brokenCode, brokenOutput) = await Dotnet.Run(project, feed.Environment, "dotnet", "build", "--no-restore", "-v", "n");
            Assert.NotEqual(0, brokenCode);
            Assert.Contains("FactBase: 3 content files, 1 read, 2 unchanged since the last build.", brokenOutput, StringComparison.Ordinal);
            Assert.Contains($"{austin}(4,10): error FB0302: No fact has the id 'texsa' (did you mean 'texas'?)", brokenOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("error CS", brokenOutput, StringComparison.Ordinal);
        }
        finally
        {
            StopServersUnder(feed.Root);
        }
    }

    [Fact]
    public async Task A_package_folder_reached_through_a_symbolic_link_still_reaches_the_build_server()
    {
        // The task and the server each find their files through the link or through its target: the
        // pipe they meet on must not depend on which (every build once waited for a server elsewhere).
        var (project, _) = await feed.PlacesProgram("Linked", "<FactBaseBuildServer>true</FactBaseBuildServer>");
        var linked = Path.Combine(feed.Root, "linked-packages");
        Directory.CreateSymbolicLink(linked, Directory.CreateDirectory(feed.Environment["NUGET_PACKAGES"]).FullName);
        var environment = new Dictionary<string, string>(feed.Environment) { ["NUGET_PACKAGES"] = linked };
        try
        {
            var (restoreCode, restoreOutput) = await Dotnet.Run(project, environment, "dotnet", "restore", "--configfile", feed.NuGetConfig);
            Assert.True(restoreCode == 0, restoreOutput);

            var (buildCode, buildOutput) = await Dotnet.Run(project, environment, "dotnet", "build", "--no-restore", "-v", "n");
            Assert.True(buildCode == 0, buildOutput);
            Assert.Contains("FactBase: the build step started in the build server.", buildOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("the build server was not used", buildOutput, StringComparison.Ordinal);
        }
        finally
        {
            StopServersUnder(feed.Root);
        }
    }

    /// <summary>Stops the build servers run from under <paramref name="root"/>: those of this test's package cache.</summary>
    private static void StopServersUnder(string root)
    {
        foreach (var process in Process.GetProcesses())
        {
            using (process)
            {
                var commandLine = File.Exists($"/proc/{process.Id}/cmdline") ? TryRead($"/proc/{process.Id}/cmdline") : null;
                if (commandLine is not null && commandLine.Contains(root, StringComparison.Ordinal) && commandLine.Contains("FactBase.BuildServer.dll", StringComparison.Ordinal))
                {
                    process.Kill();
                    process.WaitForExit(10_000);
                }
            }
        }
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
