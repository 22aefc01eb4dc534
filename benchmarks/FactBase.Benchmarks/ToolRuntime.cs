using System;
using System.Diagnostics;
using System.IO;

namespace FactBase.Benchmarks;

/// <summary>
/// The runtime setting the factbase tool runs with that a process takes only at its start: no dynamic
/// PGO (src/FactBase.Cli/FactBase.Cli.csproj). A verb that times factbase commands against each other
/// runs them in a copy of this process started with that setting, so that both sides run as the tool
/// runs them; the other verbs keep the runtime's defaults, which are the compiler server's and a
/// user's program's.
/// </summary>
internal static class ToolRuntime
{
    private const string Variable = "DOTNET_TieredPGO";

    public static bool IsCurrent => Environment.GetEnvironmentVariable(Variable) == "0";

    /// <summary>Runs this process again with <paramref name="args"/> under the tool's setting; returns its exit code.</summary>
    public static int Rerun(string[] args)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ToolRuntime).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[Variable] = "0";
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
