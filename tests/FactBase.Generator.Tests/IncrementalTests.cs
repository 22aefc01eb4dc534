using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Pipeline;
using FactBase.Corpus;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using static FactBase.Generator.Tests.Harness.StepTracking;

namespace FactBase.Generator.Tests;

/// <summary>What each step of the generator does again after an edit, and what it keeps, as the IDE runs it.</summary>
public class IncrementalTests
{
    // Small chunks, so that a few hundred facts fill several chunks per kind.
    private static readonly Dictionary<string, string> SmallChunks = new() { ["FactBaseChunkSize"] = "8" };

    [Fact]
    public void Every_step_runs_under_a_tracking_name_the_generator_declares()
    {
        var result = new GeneratorHarness(SampleContent.Files).Run().Results.Single();

        Assert.All(AllSteps, step => Assert.True(result.TrackedSteps.ContainsKey(step), $"{step} did not run under its name"));
        Assert.All(result.TrackedSteps.Keys.Where(step => step.StartsWith("FactBase.", System.StringComparison.Ordinal)), step => Assert.Contains(step, AllSteps));
    }

    [Fact]
    public void A_second_run_on_the_same_input_is_all_cached()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();

        var second = harness.Run().Results.Single();

        AssertAllCached(second, [.. AllSteps]);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_run_on_a_cloned_compilation_is_all_cached()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();

        var second = harness.RunOn(harness.Compilation.Clone()).Results.Single();

        AssertAllCached(second, [.. AllSteps]);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void No_step_keeps_a_compilation_a_symbol_or_a_syntax_node()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        AssertNoCompilerObjects(harness.Run().Results.Single());
        AssertNoCompilerObjects(harness.Replace("places/texas.md", SampleContent.Files.Single(f => f.Path == "places/texas.md").Text + "\nEdited.\n").Results.Single());
    }

    [Fact]
    public void Editing_one_body_of_many_reads_that_file_alone_and_emits_no_code_again()
    {
        var files = CorpusGenerator.Generate(300).ToList();
        var harness = new GeneratorHarness(files, SmallChunks);
        var (path, text) = files.First(f => f.Path.StartsWith("organizations/", System.StringComparison.Ordinal));

        var first = Results(harness.Run().Results.Single());
        var edited = harness.Replace(path, text + "\nOne more sentence.\n").Results.Single();

        // The edited file's input changes; every other file's result is the very object it was.
        var inputs = Reasons(edited, TrackingNames.Input);
        Assert.Equal(1, inputs.Count(r => r == IncrementalStepRunReason.Modified));
        var second = Results(edited);
        Assert.Equal(first.Count, second.Count);
        var readAgain = Enumerable.Range(0, first.Count).Where(i => !ReferenceEquals(first[i], second[i])).ToList();
        Assert.EndsWith(path, second[Assert.Single(readAgain)].Path, System.StringComparison.Ordinal);

        // What the link reads is unchanged: the schema, the link and the places stay, and no generated
        // file depends on a body or a value, whichever line of the body changes.
        Assert.Single(Reasons(edited, TrackingNames.Summarize), IncrementalStepRunReason.Unchanged);
        AssertAllCached(edited, TrackingNames.Schema, TrackingNames.Link, TrackingNames.Context, TrackingNames.FactKeys, TrackingNames.Place, TrackingNames.Layout, TrackingNames.EmitKind, TrackingNames.EmitChunk, TrackingNames.EmitKnowledgeBase);
        var firstLineEdited = harness.Replace(path, text.Replace("\n---\n", "\n---\nA new first line.\n\n", System.StringComparison.Ordinal)).Results.Single();
        AssertAllCached(firstLineEdited, TrackingNames.Place, TrackingNames.Layout, TrackingNames.EmitChunk, TrackingNames.EmitKnowledgeBase);
        Assert.True(Reasons(firstLineEdited, TrackingNames.EmitChunk).Count > 30);
    }

    [Fact]
    public void Editing_a_ref_relinks_and_re_emits_nothing_when_no_documentation_changes()
    {
        var harness = new GeneratorHarness(SampleContent.Files.Append(("places/austin.md", "---\nkind: place\nname: Austin\n---\n")), SmallChunks);
        harness.Run();
        var raices = SampleContent.Files.Single(f => f.Path == "organizations/raices.md").Text;

        var edited = harness.Replace("organizations/raices.md", raices.Replace("based-in: texas", "based-in: austin", System.StringComparison.Ordinal)).Results.Single();

        // Backlinks live in the records, not in the C#: the link reruns, and no file of C# changes.
        Assert.Single(Reasons(edited, TrackingNames.Link), IncrementalStepRunReason.Modified);
        AssertAllCached(edited, TrackingNames.Schema, TrackingNames.FactKeys, TrackingNames.EmitKind, TrackingNames.EmitChunk, TrackingNames.EmitKnowledgeBase);
    }

    [Fact]
    public void Renaming_a_fact_re_emits_the_chunks_it_moves_between_and_the_stamp()
    {
        var files = CorpusGenerator.Generate(300).ToList();
        var harness = new GeneratorHarness(files, SmallChunks);
        harness.Run();
        var (path, text) = files.Last(f => f.Path.StartsWith("places/", System.StringComparison.Ordinal));

        var edited = harness.Replace(path, text.Replace("kind: place\n", "kind: place\nid: zz-renamed\n", System.StringComparison.Ordinal)).Results.Single();

        // The last place in id order moves to the end: its old chunk and the last one change, no other.
        Assert.Single(Reasons(edited, TrackingNames.Place), IncrementalStepRunReason.Modified);
        Assert.Single(Reasons(edited, TrackingNames.EmitKnowledgeBase), IncrementalStepRunReason.Modified);
        AssertAllCached(edited, TrackingNames.EmitKind);
        Assert.InRange(Reasons(edited, TrackingNames.EmitChunk).Count(r => r == IncrementalStepRunReason.Modified), 1, 2);
        Assert.Contains(edited.GeneratedSources, s => s.SourceText.ToString().Contains("ZzRenamed =>", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Deleting_a_file_reads_no_other_file_again()
    {
        var (harness, first, (deleted, _)) = CorpusRunOnce();

        var second = Results(harness.Remove(deleted).Results.Single());

        Assert.Equal(first.Count - 1, second.Count);
        Assert.All(second, result => Assert.Contains(first, earlier => ReferenceEquals(earlier, result)));
        Assert.DoesNotContain(second, result => result.Path.EndsWith(deleted, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_a_file_reads_that_file_alone()
    {
        var (harness, first, (_, organization)) = CorpusRunOnce();

        var second = Results(harness.Add("organizations/added-later.md", organization).Results.Single());

        var added = Assert.Single(second, result => !first.Any(earlier => ReferenceEquals(earlier, result)));
        Assert.EndsWith("organizations/added-later.md", added.Path, System.StringComparison.Ordinal);
        Assert.Equal(first.Count + 1, second.Count);
    }

    [Fact]
    public void Saving_a_file_unchanged_stops_at_its_input()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();

        // Same content, new text object: its input is read again, found equal, and nothing downstream runs.
        var text = SampleContent.Files.Single(f => f.Path == "places/texas.md").Text;
        var edited = harness.Replace("places/texas.md", text).Results.Single();

        Assert.Contains(Reasons(edited, TrackingNames.Input), r => r == IncrementalStepRunReason.Unchanged);
        AssertAllCached(edited, TrackingNames.Read, TrackingNames.Schema, TrackingNames.Link, TrackingNames.Place, TrackingNames.Layout, TrackingNames.EmitKind, TrackingNames.EmitChunk, TrackingNames.EmitKnowledgeBase);
    }

    [Fact]
    public void Editing_a_kind_checks_every_fact_again_and_re_emits_that_kind()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        var first = Results(harness.Run().Results.Single());
        var place = SampleContent.Files.Single(f => f.Path == "kinds/place.md").Text;

        var edited = harness.Replace("kinds/place.md", place.Replace("A place.", "A place on a map.", System.StringComparison.Ordinal)).Results.Single();

        // The schema changed, so every fact is checked again, and what the link reads is found the same.
        Assert.Single(Reasons(edited, TrackingNames.Schema), IncrementalStepRunReason.Modified);
        var second = Results(edited);
        Assert.All(second.Where(r => !r.IsKindFile), result => Assert.DoesNotContain(first, earlier => ReferenceEquals(earlier, result)));
        Assert.Single(Reasons(edited, TrackingNames.Summarize), IncrementalStepRunReason.Unchanged);
        Assert.Equal(1, Reasons(edited, TrackingNames.EmitKind).Count(r => r == IncrementalStepRunReason.Modified));
    }

    /// <summary>A 300-fact corpus run once: its harness, its results, and its first organization file.</summary>
    private static (GeneratorHarness Harness, IReadOnlyList<FileResult> Results, (string Path, string Text) Organization) CorpusRunOnce()
    {
        var files = CorpusGenerator.Generate(300).ToList();
        var harness = new GeneratorHarness(files);
        var first = Results(harness.Run().Results.Single());
        return (harness, first, files.First(f => f.Path.StartsWith("organizations/", System.StringComparison.Ordinal)));
    }

    /// <summary>The read step's value: each file's result, in file order.</summary>
    private static IReadOnlyList<FileResult> Results(GeneratorRunResult result) =>
        Output<ReadOutput>(result, TrackingNames.Read).Files!.Results;
}
