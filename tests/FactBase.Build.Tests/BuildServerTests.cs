using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Build.Server;

namespace FactBase.Build.Tests;

/// <summary>
/// The build server answers what the build step in the build's own process would, and writes the
/// same outputs; when it cannot be used, the client says why and the task runs the step itself.
/// Each test's server runs in this process, on a pipe of its own (no build's server answers it, and
/// it starts none), and is seen to exit once idle: no test leaves a server behind.
/// </summary>
public sealed class BuildServerTests : IDisposable
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(2);

    private readonly string _pipe = "factbase-test-" + Guid.NewGuid().ToString("N")[..8];
    private readonly TestProject _project = new();
    private Task<int>? _server;

    /// <summary>A server path that does not exist: should the pipe not answer, the client starts nothing.</summary>
    private string NoServer => Path.Combine(_project.Root, "no-server", "FactBase.BuildServer.dll");

    [Fact]
    public void A_request_through_the_server_reports_and_writes_what_the_build_step_in_process_does()
    {
        _project.Write("places/houston.md", "---\nkind: place\nname: Houston\npart-of: texsa\n---\nA city.\n");
        StartServer();
        var (viaServer, inProcess) = (_project.Output("obj-server"), _project.Output("obj-local"));

        var served = Send(_project.Request(viaServer));
        var servedAgain = Send(_project.Request(viaServer));
        var local = _project.Request(inProcess).Run();

        Assert.Null(served.Failure);
        Assert.Equal((5, 5, null), (served.Files, served.Read, served.CacheProblem));
        Assert.Equal((5, 0, null), (servedAgain.Files, servedAgain.Read, servedAgain.CacheProblem));
        Assert.Equal(local.Diagnostics.ToArray(), served.Diagnostics.ToArray());
        Assert.Equal(local.Diagnostics.ToArray(), servedAgain.Diagnostics.ToArray());
        Assert.Equal(["FB0302"], served.Diagnostics.Select(d => d.Id));
        foreach (var output in new[] { Path.Combine("ref", "Demo.Facts.dll"), "Demo.Facts.dll", BuildOutputs.IndexFileName })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(inProcess, output)), File.ReadAllBytes(Path.Combine(viaServer, output)));
        }

        AssertServerExits();
    }

    [Fact]
    public void A_request_the_server_fails_on_comes_back_as_a_reason_for_the_task_to_run_the_step_itself()
    {
        var notAFolder = Path.Combine(_project.Root, "file");
        File.WriteAllText(notAFolder, "a file where the output folder should be");
        StartServer();

        var response = TryUntilConnected(_project.Request(Path.Combine(notAFolder, "factbase")), out var why);

        Assert.Null(response);
        Assert.StartsWith("the build server failed: ", why, StringComparison.Ordinal);
        AssertServerExits();
    }

    [Fact]
    public void With_no_server_listening_and_no_server_to_start_the_client_returns_null_with_the_reason()
    {
        var response = BuildServerClient.TryRun(_project.Request(), NoServer, out var why, _pipe);

        Assert.Null(response);
        Assert.NotNull(why);
        Assert.Contains(NoServer, why, StringComparison.Ordinal);
        Assert.False(File.Exists(_project.CachePath), "the client ran the build step itself");
    }

    public void Dispose()
    {
        // A test that failed before its server exited waits for it here; it exits once idle.
        _server?.Wait(TimeSpan.FromMinutes(1));
        _project.Dispose();
    }

    private void StartServer() =>
        _server = Task.Factory.StartNew(() => BuildServerHost.Run(IdleTimeout, _pipe), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private BuildResponse Send(BuildRequest request) =>
        TryUntilConnected(request, out var why) ?? throw new InvalidOperationException("The build server was not used: " + why);

    /// <summary>The client's answer, asked again while the server, just started, does not listen yet.</summary>
    private BuildResponse? TryUntilConnected(BuildRequest request, out string? why)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = BuildServerClient.TryRun(request, NoServer, out why, _pipe);
            if (response is not null || why?.Contains(NoServer, StringComparison.Ordinal) != true || attempt == 50)
            {
                return response;
            }
        }
    }

    private void AssertServerExits()
    {
        Assert.True(_server!.Wait(TimeSpan.FromMinutes(1)), "the server did not exit once idle");
        Assert.Equal(0, _server.Result);
    }
}
