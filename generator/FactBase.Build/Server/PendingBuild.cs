using System;
using System.Threading.Tasks;
using Microsoft.Build.Framework;

namespace FactBase.Build.Server;

/// <summary>
/// A request sent to the build server early in a build (<see cref="StartContent"/>), whose answer
/// <see cref="CompileContent"/> takes later: the build step runs while MSBuild resolves references.
/// Kept with MSBuild's own registry of objects shared by a build's tasks, under the project's output
/// folder, and taken once. A request for other files or settings than the one taken for is left to
/// finish on its own, and the build asks again.
/// </summary>
internal sealed class PendingBuild
{
    private readonly BuildRequest _request;
    private readonly Task<(BuildResponse? Response, string? Why)> _answer;

    private PendingBuild(BuildRequest request, string serverPath, string? pipeName)
    {
        _request = request;
        _answer = new Task<(BuildResponse?, string?)>(() => (BuildServerClient.TryRun(request, serverPath, out var why, pipeName), why));
    }

    /// <summary>Sends <paramref name="request"/>; false when this build's host keeps no shared objects (a task host), and nothing was sent.</summary>
    /// <param name="pipeName">Where the server listens: <see cref="BuildServerPipe.Name"/> unless a test gives a pipe of its own.</param>
    public static bool Start(IBuildEngine4 engine, BuildRequest request, string serverPath, string? pipeName = null)
    {
        var pending = new PendingBuild(request, serverPath, pipeName);
        try
        {
            engine.RegisterTaskObject(Key(request.OutputDirectory), pending, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        }
        catch (Exception e) when (e is NotImplementedException or NotSupportedException)
        {
            return false;
        }

        pending._answer.Start(TaskScheduler.Default);
        return true;
    }

    /// <summary>The build started for the same request, if one was; null when none was or it was for another.</summary>
    public static PendingBuild? Take(IBuildEngine4 engine, BuildRequest request)
    {
        var key = Key(request.OutputDirectory);
        object? registered;
        try
        {
            registered = engine.UnregisterTaskObject(key, RegisteredTaskObjectLifetime.Build);
        }
        catch (Exception e) when (e is NotImplementedException or NotSupportedException)
        {
            return null;
        }

        return registered is PendingBuild pending && pending._request.Equals(request) ? pending : null;
    }

    /// <summary>Waits for the server's answer: null, with why, when the server could not be used.</summary>
    public BuildResponse? Answer(out string? why)
    {
        var (response, reason) = _answer.GetAwaiter().GetResult();
        why = reason;
        return response;
    }

    private static string Key(string outputDirectory) => "FactBase.PendingBuild:" + outputDirectory;
}
