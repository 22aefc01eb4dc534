using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests.LanguageServer;

/// <summary>
/// An edit cancels the whole compile that the pause before it started, so that the edit's view does
/// not share the cores with it. The test holds that compile at its start until an edit arrives: the
/// edit's diagnostics must be those of a whole compilation, nothing of the cancelled compile may be
/// installed or published, and the compile after the next pause must land.
/// </summary>
public class RecompileCancellationTests
{
    private static readonly CompileOptions Options = new(ReadOptions.Default, KeepFacts: true);

    [Fact]
    public async Task An_edit_during_a_paused_compile_cancels_it_and_the_next_pause_compiles_again()
    {
        using var content = TempContent.CopyOfShipped();
        var files = new ContentFiles(ContentRoot.At(content.Root));
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (compiles, cancelled) = (0, 0);
        var installed = new ConcurrentQueue<long>(); // the generation of each snapshot published whole
        var analyzer = new Analyzer(
            files,
            Options,
            (view, _, everyFile) =>
            {
                if (everyFile)
                {
                    installed.Enqueue(view.Snapshot.Generation);
                }

                return Task.CompletedTask;
            },
            TextWriter.Null,
            quiet: TimeSpan.FromMilliseconds(50))
        {
            Compiling = token =>
            {
                if (Interlocked.Increment(ref compiles) == 2)
                {
                    // The compile the first edit's pause starts: held until the second edit cancels it.
                    held.TrySetResult();
                    if (token.WaitHandle.WaitOne(LspClient.Patience))
                    {
                        Interlocked.Increment(ref cancelled);
                    }
                }
            },
        };
        using var stop = new CancellationTokenSource();
        var run = analyzer.RunAsync(stop.Token);
        await analyzer.Loaded.WaitAsync(LspClient.Patience);
        var loaded = installed.Single();

        Edit(files, content, "places/texas.md", "kind: place", "kind: place\nid: lone-star");
        analyzer.Changed();
        await held.Task.WaitAsync(LspClient.Patience);

        Edit(files, content, "organizations/raices.md", "based-in: texas", "based-in: texsa");
        analyzer.Changed();
        var view = await analyzer.FreshAsync(LspClient.Patience, CancellationToken.None);
        Assert.NotNull(view);
        Assert.Equal(files.Generation, view.Generation);
        Assert.True(view.Exact);
        AssertWhole(files, view);

        // The snapshot becomes current before its diagnostics are published: wait for both.
        var latest = await UntilAsync(() => analyzer.Current is { } current && current.Snapshot.Generation == files.Generation && installed.Count >= 2 ? current : null);
        Assert.Equal(1, Volatile.Read(ref cancelled));
        Assert.Equal(3, Volatile.Read(ref compiles));
        Assert.Equal([loaded, files.Generation], installed);
        AssertWhole(files, latest);

        await stop.CancelAsync();
        await run;
    }

    private static void Edit(ContentFiles files, TempContent content, string relative, string from, string to)
    {
        var path = content.PathOf(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        files.Open(path, new OpenDocument(ContentRoot.UriOf(path), 2, new DocumentText(text.Replace(from, to, StringComparison.Ordinal))));
    }

    /// <summary>The view's diagnostics, file for file, are those of the files compiled whole from nothing.</summary>
    private static void AssertWhole(ContentFiles files, WorkspaceView view)
    {
        var (all, generation) = files.Current();
        var whole = Snapshot.Compile(all, generation, Options, new ResultCache(), default);
        Assert.NotEmpty(whole.PathsWithDiagnostics());
        foreach (var file in all.Select(f => f.Path))
        {
            Assert.True(whole.Diagnostics(file).SequenceEqual(view.Diagnostics(file)), $"{file}\nwhole: {string.Join("\n", whole.Diagnostics(file))}\nview: {string.Join("\n", view.Diagnostics(file))}");
        }
    }

    private static async Task<T> UntilAsync<T>(Func<T?> read)
        where T : class
    {
        var deadline = DateTime.UtcNow + LspClient.Patience;
        while (true)
        {
            if (read() is { } value)
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, "the compile after the pause never landed");
            await Task.Delay(10);
        }
    }
}
