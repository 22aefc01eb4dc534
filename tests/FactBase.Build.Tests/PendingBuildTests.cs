using System;
using System.IO;
using System.IO.Pipes;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Build.Server;

namespace FactBase.Build.Tests;

/// <summary>
/// A build step started early (<see cref="StartContent"/>) is the one the build waits for later, if it
/// asked for the same files and settings; otherwise the build asks again. Each test's server runs in
/// this process on a pipe of its own, and is seen to exit once idle.
/// </summary>
public sealed class PendingBuildTests : IDisposable
{
    private readonly string _pipe = "factbase-test-" + Guid.NewGuid().ToString("N")[..8];
    private readonly TestProject _project = new();
    private readonly Task<int> _server;

    public PendingBuildTests()
    {
        _server = Task.Factory.StartNew(() => BuildServerHost.Run(TimeSpan.FromSeconds(2), _pipe), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        WaitUntilListening();
    }

    /// <summary>A server path that does not exist: the client starts none, the test's server answers.</summary>
    private string NoServer => Path.Combine(_project.Root, "no-server", "FactBase.BuildServer.dll");

    [Fact]
    public void The_build_takes_the_answer_to_the_request_it_started_once()
    {
        var engine = new SharedObjectsEngine();

        Assert.True(PendingBuild.Start(engine, _project.Request(), NoServer, _pipe));
        var pending = PendingBuild.Take(engine, _project.Request());
        var response = pending?.Answer(out _);

        Assert.NotNull(response);
        Assert.Equal((4, 4, null, null), (response.Files, response.Read, response.CacheProblem, response.Failure));
        Assert.True(File.Exists(Path.Combine(_project.OutputDirectory, BuildOutputs.IndexFileName)), "the outputs were not written when the answer came");
        Assert.Null(PendingBuild.Take(engine, _project.Request()));
    }

    [Fact]
    public void A_build_whose_files_changed_since_the_start_does_not_take_its_answer()
    {
        var engine = new SharedObjectsEngine();
        Assert.True(PendingBuild.Start(engine, _project.Request(), NoServer, _pipe));

        _project.Write("places/houston.md", "---\nkind: place\nname: Houston\npart-of: texas\n---\nA city.\n");

        Assert.Null(PendingBuild.Take(engine, _project.Request()));
        Assert.Equal(0, engine.Registered);
    }

    [Fact]
    public async Task A_host_that_keeps_no_shared_objects_starts_nothing()
    {
        var engine = new SharedObjectsEngine(keepsObjects: false);

        Assert.False(PendingBuild.Start(engine, _project.Request(), NoServer, _pipe));

        Assert.Null(PendingBuild.Take(engine, _project.Request()));
        Assert.True(await Task.WhenAny(_server, Task.Delay(TimeSpan.FromMinutes(1))) == _server, "the server did not exit once idle");
        Assert.False(File.Exists(_project.CachePath), "a request reached the server");
    }

    /// <summary>Connects once and hangs up, so that the requests under test find the server listening.</summary>
    private void WaitUntilListening()
    {
        for (var attempt = 0; ; attempt++)
        {
            using var pipe = new NamedPipeClientStream(".", _pipe, PipeDirection.InOut);
            try
            {
                pipe.Connect(100);
                return;
            }
            catch (TimeoutException) when (attempt < 100)
            {
            }
        }
    }

    public void Dispose()
    {
        Assert.True(_server.Wait(TimeSpan.FromMinutes(1)), "the server did not exit once idle");
        _project.Dispose();
    }
}
