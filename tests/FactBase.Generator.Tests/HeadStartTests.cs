using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Corpus;
using FactBase.Generator.Tests.Harness;

namespace FactBase.Generator.Tests;

/// <summary>The head starts of the cold run: work on every core, never waiting on a busy pool.</summary>
public class HeadStartTests
{
    [Fact]
    public void Every_item_runs_exactly_once()
    {
        var runs = new ConcurrentDictionary<int, int>();

        HeadStart.Run(Enumerable.Range(0, 1000).ToList(), i => runs.AddOrUpdate(i, 1, (_, n) => n + 1), CancellationToken.None);

        Assert.Equal(1000, runs.Count);
        Assert.All(runs.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task With_every_pool_thread_blocked_the_work_still_completes()
    {
        // Every pool thread blocked: a hang guard (Parallel.ForEach waits for queued helpers; HeadStart must not).
        using var release = new ManualResetEventSlim(false);
        ThreadPool.GetMinThreads(out var workers, out var io);
        var blockers = Enumerable.Range(0, workers + 2).Select(_ => Task.Run(() => release.Wait())).ToList();
        try
        {
            var done = 0;
            var run = Task.Factory.StartNew(() => HeadStart.Run(Enumerable.Range(0, 100).ToList(), _ => Interlocked.Increment(ref done), CancellationToken.None), TaskCreationOptions.LongRunning);

            await run.WaitAsync(System.TimeSpan.FromSeconds(30));
            Assert.Equal(100, done);
        }
        finally
        {
            release.Set();
            await Task.WhenAll(blockers);
        }
    }

    [Fact]
    public void Work_that_throws_is_left_to_the_step_and_the_rest_runs()
    {
        var done = 0;

        HeadStart.Run(Enumerable.Range(0, 100).ToList(), i => { if (i % 10 == 0) { throw new System.InvalidOperationException(); } Interlocked.Increment(ref done); }, CancellationToken.None);

        Assert.Equal(90, done);
    }

    [Fact]
    public void The_cold_start_fills_the_parse_cache_with_content_files_only_on_a_cold_run()
    {
        var files = CorpusGenerator.Generate(100).Select(f => (AdditionalText: (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText("/content/" + f.Path, f.Text), f.Path)).ToList();
        var other = new InMemoryAdditionalText("/content/notes.txt", "not content");
        var provider = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.FactBaseContentRoot"] = "/content/" }, files.Select(f => f.AdditionalText.Path).ToHashSet());
        var options = GeneratorOptions.From(provider);
        var all = files.Select(f => f.AdditionalText).Append(other).ToImmutableArray();

        ColdStart.Run(all, provider, options, new CheckCache(), CancellationToken.None);

        Assert.All(files, f => Assert.True(ParseCache.IsCached(f.AdditionalText.GetText()!, f.AdditionalText.Path, options), f.Path));
        Assert.False(ParseCache.IsCached(other.GetText()!, other.Path, options));
    }

    [Fact]
    public void The_cold_start_leaves_an_edit_to_the_parse_step()
    {
        var files = CorpusGenerator.Generate(100).Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText("/content/" + f.Path, f.Text)).ToList();
        var provider = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.FactBaseContentRoot"] = "/content/" }, files.Select(f => f.Path).ToHashSet());
        var options = GeneratorOptions.From(provider);
        var checks = new CheckCache();
        ColdStart.Run(files.ToImmutableArray(), provider, options, checks, CancellationToken.None);
        files[5] = new InMemoryAdditionalText(files[5].Path, files[5].GetText()!.ToString() + "\nEdited.\n");

        ColdStart.Run(files.ToImmutableArray(), provider, options, checks, CancellationToken.None);

        Assert.False(ParseCache.IsCached(files[5].GetText()!, files[5].Path, options));
    }
}
