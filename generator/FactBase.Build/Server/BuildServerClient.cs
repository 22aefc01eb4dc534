using System;
using System.Diagnostics;
using System.IO;
using System.IO.Pipes;
using System.Threading;

namespace FactBase.Build.Server;

/// <summary>
/// The task's side of the build server: sends a request and waits for the answer, starting the server
/// first when none listens. Never fails the build: when the server cannot be reached, started, or
/// answered, it says why and returns null, and the task runs the build step itself.
/// </summary>
internal static class BuildServerClient
{
    /// <summary>How long a connection to a running server may take: it answers at once when it is there.</summary>
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a server just started may take to listen.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    /// <param name="request">What to build.</param>
    /// <param name="serverPath">The server's assembly, started with the dotnet host when no server listens.</param>
    /// <param name="why">Why the server was not used, when it was not.</param>
    /// <param name="pipeName">Where the server listens: <see cref="BuildServerPipe.Name"/> unless a test gives a pipe of its own.</param>
    public static BuildResponse? TryRun(BuildRequest request, string serverPath, out string? why, string? pipeName = null)
    {
        why = null;
        try
        {
            using var pipe = Connect(serverPath, pipeName ?? BuildServerPipe.Name);
            BuildServerPipe.Write(pipe, request.WriteTo);
            var response = BuildResponse.ReadFrom(BuildServerPipe.Read(pipe));
            if (response.Failure is { } failure)
            {
                why = "the build server failed: " + failure;
                return null;
            }

            return response;
        }
        catch (Exception e) when (e is IOException or TimeoutException or UnauthorizedAccessException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            why = e.Message;
            return null;
        }
    }

    private static NamedPipeClientStream Connect(string serverPath, string pipeName)
    {
        var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, BuildServerPipe.CurrentUserOnly);
        try
        {
            pipe.Connect((int)ConnectTimeout.TotalMilliseconds);
            return pipe;
        }
        catch (TimeoutException)
        {
            pipe.Dispose();
        }
        catch (IOException)
        {
            pipe.Dispose();
        }

        Start(serverPath, pipeName);
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, BuildServerPipe.CurrentUserOnly);
            try
            {
                pipe.Connect(500);
                return pipe;
            }
            catch (Exception e) when ((e is TimeoutException or IOException) && DateTime.UtcNow < deadline)
            {
                pipe.Dispose();
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>
    /// Starts the server with the dotnet host that runs this build, its standard streams its own: a server
    /// that held the build's output open would keep a pipe such as `dotnet build | tee log` waiting.
    /// It is told the pipe to listen on, rather than working it out from where its files are: a package
    /// folder reached through a symbolic link would name another pipe from the server's side.
    /// </summary>
    private static void Start(string serverPath, string pipeName)
    {
        if (!File.Exists(serverPath))
        {
            throw new FileNotFoundException("No build server at " + serverPath, serverPath);
        }

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } set ? set : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            Arguments = "exec \"" + serverPath + "\" " + pipeName,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The build server did not start.");
        process.StandardInput.Close();
        process.StandardOutput.Close();
        process.StandardError.Close();
    }
}
