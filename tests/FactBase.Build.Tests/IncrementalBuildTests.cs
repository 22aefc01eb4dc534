using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactBase.Compiler.Pipeline;

namespace FactBase.Build.Tests;

/// <summary>
/// What the cache reuses is keyed by content, not by time or place: a build reads the files whose
/// bytes changed, and its results follow every edit, addition and deletion.
/// </summary>
public class IncrementalBuildTests
{
    [Fact]
    public void Touching_every_file_without_changing_it_reads_none()
    {
        using var project = new TestProject();
        project.Step();
        var later = DateTime.UtcNow.AddHours(1);
        foreach (var file in project.Files())
        {
            File.SetLastWriteTimeUtc(file, later);
        }

        var touched = project.Step();

        Assert.Equal((4, 0, null), (touched.Files, touched.Read, touched.CacheProblem));
    }

    [Fact]
    public void A_checkout_in_another_folder_with_its_cache_reads_none_and_makes_the_same_outputs_at_its_own_paths()
    {
        using var project = new TestProject();
        project.Write("places/houston.md", "---\nkind: place\nname: Houston\npart-of: texsa\n---\nA city.\n");
        var original = project.Step();
        using var moved = project.CopyElsewhere();
        var expected = ColdBuild(moved);

        var rebased = moved.Step();

        Assert.Equal((5, 0, null), (rebased.Files, rebased.Read, rebased.CacheProblem));
        Assert.Equal(original.Records, rebased.Records);
        Assert.Equal(expected.Records, rebased.Records);
        Assert.Equal(expected.Index, rebased.Index);
        Assert.Equal([$"FB0302 {ContentPaths.Normalize(moved.File("places/houston.md"))}(4,10)"], rebased.Diagnostics.Select(TestProject.Describe));
        Assert.DoesNotContain(project.Root, rebased.Index, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_file_reads_that_file_alone()
    {
        using var project = new TestProject();
        project.Step();
        project.Write("places/austin.md", TestProject.Austin.Replace("A city.", "The capital.", StringComparison.Ordinal));

        var edited = project.Step();

        Assert.Equal((4, 1), (edited.Files, edited.Read));
        Assert.Empty(edited.Diagnostics);
        Assert.Equal(0, project.Step().Read);
    }

    [Fact]
    public void Deleting_a_fact_drops_it_and_reports_the_refs_to_it_at_their_place_and_adding_it_back_clears_them()
    {
        using var project = new TestProject();
        var before = project.Step();
        Assert.Contains("content/places/texas.md", before.Index, StringComparison.Ordinal);

        project.Delete("places/texas.md");
        var deleted = project.Step();

        Assert.Equal(3, deleted.Files);
        Assert.DoesNotContain("content/places/texas.md", deleted.Index, StringComparison.Ordinal);
        Assert.Equal(
            [$"FB0302 {ContentPaths.Normalize(project.File("places/austin.md"))}(4,10)", $"FB0302 {ContentPaths.Normalize(project.File("places/dallas.md"))}(4,10)"],
            deleted.Diagnostics.Select(TestProject.Describe).Order(StringComparer.Ordinal));
        Assert.All(deleted.Diagnostics, d => Assert.Contains("'texas'", d.Message, StringComparison.Ordinal));

        project.Write("places/texas.md", TestProject.Texas);
        var added = project.Step();

        Assert.Equal((4, 1), (added.Files, added.Read));
        Assert.Empty(added.Diagnostics);
        Assert.Equal(before.Index, added.Index);
        Assert.Equal(before.Records, added.Records);
    }

    [Fact]
    public void Two_projects_on_one_content_folder_keep_caches_of_their_own_and_each_follows_the_content()
    {
        using var project = new TestProject();
        var (one, two) = (project.Output("obj-one"), project.Output("obj-two"));
        project.Step(one);
        project.Step(two);
        Assert.True(File.Exists(Path.Combine(one, PersistentCache.FileName)));
        Assert.True(File.Exists(Path.Combine(two, PersistentCache.FileName)));

        project.Write("places/austin.md", TestProject.Austin.Replace("part-of: texas", "part-of: texsa", StringComparison.Ordinal));
        var oneAfterEdit = project.Step(one);
        var twoAfterEdit = project.Step(two);
        project.Write("places/austin.md", TestProject.Austin);
        var oneAfterFix = project.Step(one);
        var twoAfterFix = project.Step(two);

        var dangling = $"FB0302 {ContentPaths.Normalize(project.File("places/austin.md"))}(4,10)";
        Assert.Equal((1, null), (oneAfterEdit.Read, oneAfterEdit.CacheProblem));
        Assert.Equal((1, null), (twoAfterEdit.Read, twoAfterEdit.CacheProblem));
        Assert.Equal([dangling], oneAfterEdit.Diagnostics.Select(TestProject.Describe));
        Assert.Equal([dangling], twoAfterEdit.Diagnostics.Select(TestProject.Describe));
        Assert.Equal((1, 1), (oneAfterFix.Read, twoAfterFix.Read));
        Assert.Empty(oneAfterFix.Diagnostics);
        Assert.Empty(twoAfterFix.Diagnostics);
        Assert.Equal(oneAfterFix.Records, twoAfterFix.Records);
    }

    [Fact]
    public async Task Build_steps_racing_on_one_output_folder_all_succeed_and_leave_a_whole_cache()
    {
        for (var round = 0; round < 5; round++)
        {
            using var project = new TestProject();

            var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => project.Step())));

            // One of them read everything under the lock; those after it found its cache whole.
            Assert.All(results, r => Assert.Null(r.CacheProblem));
            Assert.Contains(results, r => r.Read == 4);
            Assert.All(results, r => Assert.Equal(results[0].Records, r.Records));
            Assert.Equal((0, null), (project.Step().Read, project.Step().CacheProblem));
        }
    }

    [Fact]
    public async Task Builds_racing_on_one_output_folder_all_write_their_outputs_and_leave_a_whole_cache()
    {
        for (var round = 0; round < 10; round++)
        {
            using var project = new TestProject();

            var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => project.Build())));

            Assert.All(results, r => Assert.Null(r.CacheProblem));
            var outputs = new BuildOutputs(project.OutputDirectory, "Demo.Facts");
            Assert.Equal(RecordsAssembly.Write("Demo.Facts", results[0].Records), File.ReadAllBytes(outputs.RecordsAssemblyPath));
            Assert.Equal(results[0].Index, File.ReadAllText(outputs.IndexPath));
            Assert.Empty(Directory.GetFiles(project.OutputDirectory, "*.tmp", SearchOption.AllDirectories));
            Assert.Equal(0, project.Step().Read);
        }
    }

    private static BuildStepResult ColdBuild(TestProject project)
    {
        var elsewhere = project.Output("obj-cold");
        return project.Step(elsewhere);
    }
}
