using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Build.Tests;

/// <summary>
/// A project's content and its <c>obj/</c> in a temp folder of its own, deleted on dispose: three
/// places, two of them in a state, and a kind, as FactBase.targets hands them to the build step.
/// </summary>
internal sealed class TestProject : IDisposable
{
    public const string PlaceKind = "---\nkind: kind\nfields:\n  name: string\n  part-of: ref<place>?\n---\nA place.\n";

    public const string Texas = "---\nkind: place\nname: Texas\n---\nA state.\n";

    public const string Austin = "---\nkind: place\nname: Austin\npart-of: texas\n---\nA city.\n";

    public const string Dallas = "---\nkind: place\nname: Dallas\npart-of: texas\n---\nA city.\n";

    public TestProject()
        : this(Path.Combine(Path.GetTempPath(), "factbase-build-" + Guid.NewGuid().ToString("N")[..8]))
    {
        Write("kinds/place.md", PlaceKind);
        Write("places/texas.md", Texas);
        Write("places/austin.md", Austin);
        Write("places/dallas.md", Dallas);
    }

    private TestProject(string root)
    {
        Root = root;
        Directory.CreateDirectory(ContentRoot);
    }

    /// <summary>The temp folder: the project's own folder, with <c>content/</c> and <c>obj/</c> in it.</summary>
    public string Root { get; }

    public string ContentRoot => Path.Combine(Root, "content");

    public string OutputDirectory => Output("obj");

    /// <summary>Where a project whose <c>obj/</c> is <paramref name="obj"/> keeps the build step's outputs.</summary>
    public string Output(string obj) => Path.Combine(Root, obj, "Debug", "net10.0", "factbase");

    public string CachePath => Path.Combine(OutputDirectory, PersistentCache.FileName);

    /// <summary>The content file's full path, from its path under <c>content/</c>.</summary>
    public string File(string relativePath) => Path.Combine(ContentRoot, relativePath);

    public void Write(string relativePath, string text)
    {
        var path = File(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
    }

    public void Delete(string relativePath) => System.IO.File.Delete(File(relativePath));

    /// <summary>The content files, as the targets list them: every .md under the content folder.</summary>
    public List<string> Files() => Directory.GetFiles(ContentRoot, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <summary>The request the task makes for this project, writing to <paramref name="outputDirectory"/> (the project's own by default).</summary>
    public BuildRequest Request(string? outputDirectory = null) =>
        new(Files(), ContentPaths.Normalize(ContentRoot) + "/", ReadOptions.Default, outputDirectory ?? OutputDirectory, "Demo.Facts");

    /// <summary>The build step alone, on the project's cache.</summary>
    public BuildStepResult Step(string? outputDirectory = null)
    {
        var request = Request(outputDirectory);
        return BuildStep.Run(new BuildStepInput(request.Files, request.ContentRoot, request.Options, request.OutputDirectory));
    }

    /// <summary>What the task runs: the build step, then its outputs written.</summary>
    public BuildStepResult Build(string? outputDirectory = null) => Request(outputDirectory).Run();

    /// <summary>The whole project, content and <c>obj/</c>, copied to a new temp folder: a fresh checkout elsewhere with its cache restored.</summary>
    public TestProject CopyElsewhere()
    {
        var copy = new TestProject(Path.Combine(Path.GetTempPath(), "factbase-build-" + Guid.NewGuid().ToString("N")[..8]));
        foreach (var file in Directory.GetFiles(Root, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Root, Path.GetRelativePath(Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>A diagnostic as 'FBnnnn path(line,col)', so a failure shows what came instead.</summary>
    public static string Describe(Diagnostic d) => $"{d.Id} {d.Path}({d.Span.Line},{d.Span.Column})";

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
