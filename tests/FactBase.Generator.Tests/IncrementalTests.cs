using System.Collections.Generic;
using System.Linq;
using FactBase.Corpus;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator.Tests;

public class IncrementalTests
{
    private static readonly string[] Steps =
    [
        TrackingNames.Options, TrackingNames.Prefetch, TrackingNames.Parse, TrackingNames.KindFiles, TrackingNames.Schema, TrackingNames.Check, TrackingNames.Summarize,
        TrackingNames.Link, TrackingNames.Context, TrackingNames.Place, TrackingNames.Layout, TrackingNames.EmitKind, TrackingNames.EmitChunk,
        TrackingNames.EmitKnowledgeBase, TrackingNames.Diagnostics,
    ];

    // Small chunks, so that a few hundred facts fill several chunks per kind.
    private static readonly Dictionary<string, string> SmallChunks = new() { ["FactBaseChunkSize"] = "8" };

    [Fact]
    public void A_second_run_on_the_same_input_is_all_cached()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();

        var second = harness.Run().Results.Single();

        foreach (var step in Steps)
        {
            Assert.All(Reasons(second, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_body_of_many_reruns_that_file_and_re_emits_one_chunk()
    {
        var files = CorpusGenerator.Generate(300).ToList();
        var harness = new GeneratorHarness(files, SmallChunks);
        var (path, text) = files.First(f => f.Path.StartsWith("organizations/", System.StringComparison.Ordinal));

        var firstRun = harness.Run().Results.Single();
        var first = CheckedFacts(firstRun);
        var edited = harness.Replace(path, text + "\nOne more sentence.\n").Results.Single();

        // Every other file's parse is cached; the edited one runs. The check is one step over all
        // files: it runs, checks the edited file alone (every other file's check is the very object
        // it was), and what the link reads of the files is unchanged.
        AssertOneModified(edited, TrackingNames.Parse, files.Count);
        Assert.Single(Reasons(edited, TrackingNames.Check), IncrementalStepRunReason.Modified);
        var second = CheckedFacts(edited);
        Assert.Equal(first.Count, second.Count);
        var rechecked = Enumerable.Range(0, first.Count).Where(i => !ReferenceEquals(first[i], second[i])).ToList();
        Assert.EndsWith(path, second[Assert.Single(rechecked)].Path, System.StringComparison.Ordinal);
        Assert.Single(Reasons(edited, TrackingNames.Summarize), IncrementalStepRunReason.Unchanged);

        // The schema and the link do not run; one chunk of many is emitted again, nothing else.
        // The places depend on ids, kinds and links alone: only the layout that fills them reruns.
        AssertAllCached(edited, TrackingNames.KindFiles, TrackingNames.Schema, TrackingNames.Link, TrackingNames.Context, TrackingNames.Place, TrackingNames.EmitKind, TrackingNames.EmitKnowledgeBase);
        Assert.Single(Reasons(edited, TrackingNames.Layout), IncrementalStepRunReason.Modified);

        // The layout hands on every other chunk as the very object it was, found without visiting its facts.
        var (before, after) = (LaidOutChunks(firstRun), LaidOutChunks(edited));
        Assert.Equal(before.Count, after.Count);
        Assert.Single(Enumerable.Range(0, before.Count), i => !ReferenceEquals(before[i], after[i]));
        var chunks = Reasons(edited, TrackingNames.EmitChunk);
        Assert.True(chunks.Count > 30, $"{chunks.Count} chunks");
        Assert.Equal(1, chunks.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(chunks.Count - 1, chunks.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_a_ref_relinks_and_re_emits_only_the_chunks_of_the_fact_and_its_old_and_new_targets()
    {
        var harness = new GeneratorHarness(SampleContent.Files.Append(("places/austin.md", "---\nkind: place\nname: Austin\n---\n")), SmallChunks);
        harness.Run();
        var raices = SampleContent.Files.Single(f => f.Path == "organizations/raices.md").Text;

        var edited = harness.Replace("organizations/raices.md", raices.Replace("based-in: texas", "based-in: austin", System.StringComparison.Ordinal)).Results.Single();

        AssertOneModified(edited, TrackingNames.Parse, SampleContent.Files.Length + 1);
        Assert.Single(Reasons(edited, TrackingNames.Link), IncrementalStepRunReason.Modified);
        Assert.Single(Reasons(edited, TrackingNames.Place), IncrementalStepRunReason.Modified);
        AssertAllCached(edited, TrackingNames.Schema, TrackingNames.EmitKind, TrackingNames.EmitKnowledgeBase);
        // raices' chunk, and the places' chunk (texas loses a backlink, austin gains one); the source and others stay.
        Assert.Equal(2, Reasons(edited, TrackingNames.EmitChunk).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Deleting_a_file_checks_no_other_file_again()
    {
        var (harness, first, (deleted, _)) = CorpusRunOnce();

        // Every file after the deleted one moves up a place: each is still found by its parse.
        var second = CheckedFacts(harness.Remove(deleted).Results.Single());

        Assert.Equal(first.Count - 1, second.Count);
        Assert.All(second, file => Assert.Contains(first, earlier => ReferenceEquals(earlier, file)));
        Assert.DoesNotContain(second, file => file.Path.EndsWith(deleted, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_a_file_checks_that_file_alone()
    {
        var (harness, first, (_, organization)) = CorpusRunOnce();

        var second = CheckedFacts(harness.Add("organizations/added-later.md", organization).Results.Single());

        var added = Assert.Single(second, file => !first.Any(earlier => ReferenceEquals(earlier, file)));
        Assert.EndsWith("organizations/added-later.md", added.Path, System.StringComparison.Ordinal);
        Assert.Equal(first.Count + 1, second.Count);
    }

    [Fact]
    public void Saving_a_file_unchanged_stops_at_its_parse()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();

        // Same content, new text object: the parse reruns, finds an equal model, and nothing downstream runs.
        var text = SampleContent.Files.Single(f => f.Path == "places/texas.md").Text;
        var edited = harness.Replace("places/texas.md", text).Results.Single();

        Assert.Contains(Reasons(edited, TrackingNames.Parse), r => r == IncrementalStepRunReason.Unchanged);
        AssertAllCached(edited, TrackingNames.Schema, TrackingNames.Check, TrackingNames.Link, TrackingNames.Place, TrackingNames.Layout, TrackingNames.EmitKind, TrackingNames.EmitChunk, TrackingNames.EmitKnowledgeBase);
    }

    [Fact]
    public void Editing_a_kind_rechecks_every_fact()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();
        var place = SampleContent.Files.Single(f => f.Path == "kinds/place.md").Text;

        var edited = harness.Replace("kinds/place.md", place.Replace("A place.", "A place on a map.", System.StringComparison.Ordinal)).Results.Single();

        // The schema changed, so every fact is checked again (and found the same: only the kind's doc changed).
        Assert.Single(Reasons(edited, TrackingNames.Schema), IncrementalStepRunReason.Modified);
        Assert.All(Reasons(edited, TrackingNames.Check), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.Single(Reasons(edited, TrackingNames.EmitKind), IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void A_cold_run_checks_each_fact_with_the_front_matter_its_parse_read()
    {
        var harness = new GeneratorHarness(CorpusGenerator.Generate(300));

        var parsed = ParsedFiles(harness.Run().Results.Single());

        // Checked as soon as parsed (ColdStart): no check had to read a front matter again from its text.
        var withFrontMatter = parsed.Where(p => p.FrontMatter is not null).ToList();
        Assert.True(withFrontMatter.Count >= 300, $"{withFrontMatter.Count} files with front matter");
        Assert.All(withFrontMatter, p => Assert.Equal(0, p.FrontMatter!.ReadsAgain));
    }

    [Fact]
    public void Editing_a_kind_of_a_corpus_reads_every_fact_again_and_finds_it_unchanged()
    {
        var (harness, _, _) = CorpusRunOnce();
        var kind = CorpusGenerator.Generate(300).First(f => f.Path == "kinds/place.md");

        var edited = harness.Replace(kind.Path, kind.Text.Replace("\n---\n", "\n---\nA place, edited.\n", System.StringComparison.Ordinal)).Results.Single();

        Assert.Single(Reasons(edited, TrackingNames.Schema), IncrementalStepRunReason.Modified);
        Assert.All(Reasons(edited, TrackingNames.Check), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        var facts = ParsedFiles(edited).Where(p => p.FrontMatter is { Kind: not null and not "kind" }).ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, p => Assert.Equal(1, p.FrontMatter!.ReadsAgain));
    }

    /// <summary>The parse step's values: each content file's parse.</summary>
    private static List<Compiler.Reading.ParsedFile> ParsedFiles(GeneratorRunResult result) =>
        result.TrackedSteps[TrackingNames.Parse].Select(s => s.Outputs.Single().Value).OfType<Compiler.Reading.ParsedFile>().ToList();

    /// <summary>A 300-fact corpus run once: its harness, its checked facts, and its first organization file.</summary>
    private static (GeneratorHarness Harness, IReadOnlyList<Compiler.Checking.CheckedFile> Checked, (string Path, string Text) Organization) CorpusRunOnce()
    {
        var files = CorpusGenerator.Generate(300).ToList();
        var harness = new GeneratorHarness(files);
        var first = CheckedFacts(harness.Run().Results.Single());
        return (harness, first, files.First(f => f.Path.StartsWith("organizations/", System.StringComparison.Ordinal)));
    }

    /// <summary>The check step's value: each fact file's check, in file order.</summary>
    private static IReadOnlyList<Compiler.Checking.CheckedFile> CheckedFacts(GeneratorRunResult result) =>
        ((CheckedFiles)result.TrackedSteps[TrackingNames.Check].Single().Outputs.Single().Value).Files;

    private static Compiler.Common.EquatableArray<Compiler.Emitting.ChunkModel> LaidOutChunks(GeneratorRunResult result) =>
        ((LayoutOutput)result.TrackedSteps[TrackingNames.Layout].Single().Outputs.Single().Value).Layout.Chunks;

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList() : [];

    private static void AssertOneModified(GeneratorRunResult result, string step, int count)
    {
        var reasons = Reasons(result, step);
        Assert.Equal(count, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(count - 1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
    }

    private static void AssertAllCached(GeneratorRunResult result, params string[] steps)
    {
        foreach (var step in steps)
        {
            Assert.All(Reasons(result, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }
    }
}
