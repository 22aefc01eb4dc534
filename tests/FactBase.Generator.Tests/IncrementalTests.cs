using System.Linq;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator.Tests;

public class IncrementalTests
{
    private static readonly string[] Steps = [TrackingNames.Options, TrackingNames.Parse, TrackingNames.Link, TrackingNames.Emit, TrackingNames.Diagnostics];

    [Fact]
    public void A_second_run_on_the_same_input_is_all_cached()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();

        var second = harness.Run().Results.Single();

        foreach (var step in Steps)
        {
            var reasons = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).Distinct();
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_file_parses_that_file_alone()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();

        var edited = harness.Replace("places/texas.md", "---\nkind: place\nname: Texas, USA\n---\n").Results.Single();

        var parses = edited.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(SampleContent.Files.Length, parses.Count);
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(SampleContent.Files.Length - 1, parses.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(edited.TrackedSteps[TrackingNames.Emit].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Saving_a_file_unchanged_stops_at_its_parse()
    {
        var harness = new GeneratorHarness(SampleContent.Files);
        harness.Run();

        // Same content, new text object: the parse reruns, finds an equal model, and nothing downstream runs.
        var text = SampleContent.Files.Single(f => f.Path == "places/texas.md").Text;
        var edited = harness.Replace("places/texas.md", text).Results.Single();

        Assert.Contains(edited.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Unchanged);
        Assert.All(edited.TrackedSteps[TrackingNames.Link].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(edited.TrackedSteps[TrackingNames.Emit].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
