using System;
using System.Diagnostics;
using System.IO;

namespace FactBase.Benchmarks;

/// <summary>
/// The runtime settings the factbase tool runs with (its runtimeconfig.json: server GC, no dynamic
/// PGO, the large object threshold), which a process takes only at its start. A verb that times
/// factbase commands against each other runs in a copy of this process started with the tool's
/// runtimeconfig.json, which the build copies here from src/FactBase.Cli; the other verbs keep this
/// benchmark's own (the server GC, as the compiler server runs, and dynamic PGO, as a user's program runs).
/// </summary>
internal static class ToolRuntime
{
    private const string Marker = "FACTBASE_BENCHMARK_TOOL_RUNTIME";

    public static bool IsCurrent => Environment.GetEnvironmentVariable(Marker) == "1";

    /// <summary>Runs this benchmark again with <paramref name="args"/> under the tool's runtimeconfig.json; returns its exit code.</summary>
    public static int Rerun(string[] args)
    {
        var here = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var arg in (string[])["exec", "--runtimeconfig", Path.Combine(here, "FactBase.Cli.runtimeconfig.json"), Path.Combine(here, "FactBase.Benchmarks.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[Marker] = "1";
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
