using System;
using System.IO;
using System.Linq;

namespace FactBase.Build.Tests;

/// <summary>
/// The outputs are written only when their bytes change, so MSBuild's time stamps tell the truth:
/// a build that changed nothing leaves them as they were, a value edit changes the records alone,
/// and the reference form, which the compiler and dependent projects read, never changes.
/// </summary>
public class BuildOutputsTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_build_that_changed_nothing_rewrites_no_output() =>
        Assert.Equal((false, false, false), Rewritten(project => { }));

    [Fact]
    public void Touching_every_content_file_rewrites_no_output() =>
        Assert.Equal((false, false, false), Rewritten(project => project.Files().ForEach(file => File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(1)))));

    [Fact]
    public void A_value_edit_rewrites_the_records_alone() =>
        Assert.Equal(
            (true, false, false),
            Rewritten(project => project.Write("places/austin.md", TestProject.Austin.Replace("name: Austin", "name: Austin, Texas", StringComparison.Ordinal))));

    [Fact]
    public void A_new_fact_rewrites_the_index_and_the_records_but_not_the_reference_form() =>
        Assert.Equal(
            (true, false, true),
            Rewritten(project => project.Write("places/houston.md", "---\nkind: place\nname: Houston\npart-of: texas\n---\nA city.\n")));

    [Fact]
    public void The_reference_form_is_the_records_assembly_without_its_records_and_the_same_for_any_content()
    {
        using var project = new TestProject();
        var result = project.Build();
        var outputs = Outputs(project);

        Assert.Equal(RecordsAssembly.Write("Demo.Facts", result.Records), File.ReadAllBytes(outputs.RecordsAssemblyPath));
        Assert.Equal(RecordsAssembly.Write("Demo.Facts", records: null), File.ReadAllBytes(outputs.ReferencePath));
        Assert.Equal(RecordsAssembly.Write("Demo.Facts", [1, 2, 3]), RecordsAssembly.Write("Demo.Facts", [1, 2, 3]));
        Assert.NotEqual(RecordsAssembly.Write("Demo.Facts", [1, 2, 3]), RecordsAssembly.Write("Demo.Facts", [1, 2, 4]));
    }

    [Fact]
    public void Before_the_first_build_the_stand_in_is_the_reference_form_and_the_build_replaces_it_with_the_records()
    {
        using var project = new TestProject();
        var outputs = Outputs(project);
        Directory.CreateDirectory(outputs.Directory);

        outputs.WriteStandIn();
        var standIn = File.ReadAllBytes(outputs.RecordsAssemblyPath);
        var result = project.Build();

        Assert.Equal(RecordsAssembly.Write("Demo.Facts", records: null), standIn);
        Assert.Equal(File.ReadAllBytes(outputs.ReferencePath), standIn);
        Assert.Equal(RecordsAssembly.Write("Demo.Facts", result.Records), File.ReadAllBytes(outputs.RecordsAssemblyPath));
        Assert.Empty(Directory.GetFiles(outputs.Directory, "*.tmp"));
    }

    [Fact]
    public void The_stand_in_never_replaces_records_a_build_wrote()
    {
        using var project = new TestProject();
        var result = project.Build();
        var outputs = Outputs(project);
        File.SetLastWriteTimeUtc(outputs.RecordsAssemblyPath, LongAgo);

        outputs.WriteStandIn();

        Assert.Equal(RecordsAssembly.Write("Demo.Facts", result.Records), File.ReadAllBytes(outputs.RecordsAssemblyPath));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(outputs.RecordsAssemblyPath));
        Assert.Empty(Directory.GetFiles(outputs.Directory, "*.tmp"));
    }

    [Fact]
    public void The_outputs_are_written_before_the_cache_is_saved()
    {
        using var project = new TestProject();
        var (cacheWhenOutputsWritten, recordsWhenOutputsWritten) = (true, false);

        project.Request().Run(result =>
        {
            cacheWhenOutputsWritten = File.Exists(project.CachePath);
            recordsWhenOutputsWritten = File.Exists(Outputs(project).RecordsAssemblyPath);
        });

        Assert.False(cacheWhenOutputsWritten, "the cache was saved before the outputs were written");
        Assert.True(recordsWhenOutputsWritten, "the outputs were not written when the build was told");
        Assert.True(File.Exists(project.CachePath), "the cache was not saved after the outputs");
    }

    private static BuildOutputs Outputs(TestProject project) => new(project.OutputDirectory, "Demo.Facts");

    /// <summary>
    /// Builds, sets the outputs' time stamps far back (a rewrite, however soon, moves them), makes the
    /// edit and builds again: which of the records assembly, its reference form and the index were
    /// written. Each was written if and only if its bytes changed.
    /// </summary>
    private static (bool Records, bool Reference, bool Index) Rewritten(Action<TestProject> edit)
    {
        using var project = new TestProject();
        project.Build();
        var outputs = Outputs(project);
        var paths = new[] { outputs.RecordsAssemblyPath, outputs.ReferencePath, outputs.IndexPath };
        var before = paths.Select(File.ReadAllBytes).ToArray();
        foreach (var path in paths)
        {
            File.SetLastWriteTimeUtc(path, LongAgo);
        }

        edit(project);
        project.Build();

        var written = paths.Select(path => File.GetLastWriteTimeUtc(path) != LongAgo).ToArray();
        for (var i = 0; i < paths.Length; i++)
        {
            Assert.True(written[i] == !before[i].AsSpan().SequenceEqual(File.ReadAllBytes(paths[i])), $"{paths[i]} was written: {written[i]}, but its bytes say otherwise");
        }

        return (written[0], written[1], written[2]);
    }
}
