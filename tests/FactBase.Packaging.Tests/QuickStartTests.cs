using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace FactBase.Packaging.Tests;

/// <summary>
/// The README's Quick start, run as a new user types it: its commands, from its code blocks, in the
/// clone or in a new project as their comments say, with a home folder of its own for <c>~</c>; its
/// files written where its prose says; its program run and its output checked against the comments.
/// In the feed's collection only so that its packs in the clone never run beside the feed's own.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public partial class QuickStartTests
{
    [GeneratedRegex(@"```(?<language>\w+)\n(?<text>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`(?<path>content/[^`]+\.md)`")]
    private static partial Regex ContentPath();

    [GeneratedRegex(@"//\s*(?<expected>[^/\n]+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectedOutput();

    [GeneratedRegex(@"FactBase"" Version=""(?<version>[^""]+)""")]
    private static partial Regex PackageVersion();

    [Fact]
    public async Task The_quick_start_works_as_typed_and_a_new_pack_is_the_one_a_project_takes()
    {
        var blocks = QuickStartBlocks();
        var shell = blocks.Where(b => b.Language == "sh").ToList();
        var (package, tool) = (Commands(shell[1].Text), Commands(shell[2].Text));
        // Outside the test feed's folder, whose nuget.config NuGet would find above the project.
        var root = Path.Combine(Path.GetTempPath(), "factbase-quick-start-" + Guid.NewGuid().ToString("N")[..8]);
        var home = Path.Combine(root, "home");
        var work = Path.Combine(root, "work");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(work);
        // A new user's machine: a home of its own, and a package cache with nothing in it, so that
        // FactBase's dependencies must come from where the README's commands say.
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
        var project = Path.Combine(work, "MyFacts");

        await Succeed(work, "dotnet new console -n MyFacts");
        foreach (var step in package)
        {
            await Succeed(step.InClone ? RepoPaths.Root : project, step.Command);
        }

        foreach (var (_, text, prose) in blocks.Where(b => b.Language == "markdown"))
        {
            var path = Path.Combine(project, ContentPath().Matches(prose)[^1].Groups["path"].Value);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
        }

        var program = blocks.Single(b => b.Language == "csharp").Text;
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), program);
        var expected = ExpectedOutput().Matches(program).Select(m => m.Groups["expected"].Value).ToList();
        Assert.NotEmpty(expected);
        var printed = await Succeed(project, "dotnet run");
        Assert.All(expected, line => Assert.Contains(line, printed, StringComparison.Ordinal));

        foreach (var step in tool)
        {
            var output = await Succeed(step.InClone ? RepoPaths.Root : project, step.Command);
            if (step.Command.Contains("check", StringComparison.Ordinal))
            {
                Assert.Contains("0 errors", output, StringComparison.Ordinal);
            }
        }

        // Pack again and add again, as after a pull: the project takes the new pack, not the
        // package NuGet cached from the first.
        var first = Version(project);
        foreach (var step in package.Where(s => !s.Once))
        {
            await Succeed(step.InClone ? RepoPaths.Root : project, step.Command);
        }

        var second = Version(project);
        Assert.True(string.CompareOrdinal(second, first) > 0, $"the second pack is {second}, after {first}");
        var printedAgain = await Succeed(project, "dotnet run");
        Assert.All(expected, line => Assert.Contains(line, printedAgain, StringComparison.Ordinal));
        Directory.Delete(root, recursive: true);

        async Task<string> Succeed(string directory, string command)
        {
            var (code, output) = await Dotnet.Run(directory, environment, "bash", "-c", command);
            Assert.True(code == 0, $"`{command}` in {directory} exited {code}:\n{output}");
            return output;
        }
    }

    private static string Version(string project) =>
        PackageVersion().Match(File.ReadAllText(Path.Combine(project, "MyFacts.csproj"))).Groups["version"].Value;

    /// <summary>The Quick start's code blocks, each with the prose before it.</summary>
    private static List<(string Language, string Text, string Prose)> QuickStartBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("\n## Quick start", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..end];
        var blocks = new List<(string, string, string)>();
        var proseStart = 0;
        foreach (Match block in CodeBlock().Matches(section))
        {
            blocks.Add((block.Groups["language"].Value, block.Groups["text"].Value, section[proseStart..block.Index]));
            proseStart = block.Index + block.Length;
        }

        return blocks;
    }

    /// <summary>A shell block's commands, each run in the clone or in the project, and once or after every pack, as its comment says.</summary>
    private static List<(string Command, bool InClone, bool Once)> Commands(string block) =>
        [.. block.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('#', 2))
            .Select(parts => (
                parts[0].Trim(),
                parts.Length > 1 && parts[1].Contains("in the clone", StringComparison.Ordinal),
                parts.Length > 1 && parts[1].Trim() == "once"))];
}
