using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace FactBase.Benchmarks;

/// <summary>
/// The processes a consumer build starts, found by the mark every child of the benchmark carries in its
/// environment (<see cref="Variable"/>, inherited by the build, its MSBuild nodes, the compiler server and
/// FactBase's build server, whoever of them starts the next): the build servers this benchmark started,
/// to stop them (by process id) and to read their memory, and never another's.
/// </summary>
internal static class Servers
{
    public const string Variable = "FACTBASE_BENCH";

    /// <summary>This work tree's benchmarks: the prefix of every mark they set.</summary>
    private static readonly string TreeMark = Path.GetFileName(Package.Home) + ":";

    /// <summary>This process's mark.</summary>
    public static string Mark { get; } = TreeMark + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The compiler server's pipe of this benchmark process (Csc's SharedCompilationId): a VBCSCompiler of its own.</summary>
    public static string CompilerPipe { get; } = "factbase-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The processes alive now with this work tree's mark (<paramref name="anyRun"/>) or this process's.</summary>
    public static List<ProcessInfo> Marked(bool anyRun = false)
    {
        var found = new List<ProcessInfo>();
        foreach (var pid in Pids())
        {
            if (MarkOf(pid) is { } mark && (anyRun ? mark.StartsWith(TreeMark, StringComparison.Ordinal) : mark == Mark) && ProcessInfo.Read(pid) is { } info)
            {
                found.Add(info);
            }
        }

        return found;
    }

    /// <summary>
    /// Every process of this run alive now, with its peak as the kernel keeps it: read before the run stops its
    /// servers, it holds the peak of each since its last reset (<see cref="ResetPeaks"/>), or over its life.
    /// </summary>
    public static List<ProcessInfo> OfRun() => Pids().Where(IsOfRun).Select(ProcessInfo.Read).OfType<ProcessInfo>().ToList();

    /// <summary>
    /// Whether the process is one of this run's: started with its mark, or a FactBase build server of this run's
    /// package, which is shared by pipe name (per user and build of FactBase), so that one started by another
    /// build (one run by hand beside the benchmark) serves the run's builds too.
    /// </summary>
    public static bool IsOfRun(int pid) => MarkOf(pid) == Mark || ServesPackageCache(pid);

    /// <summary>Build servers alive now that no benchmark of this work tree started: MSBuild nodes kept for reuse, compiler servers, FactBase build servers.</summary>
    public static List<ProcessInfo> Others() => Pids()
        .Where(pid => MarkOf(pid) is not { } mark || !mark.StartsWith(TreeMark, StringComparison.Ordinal))
        .Select(ProcessInfo.Read)
        .OfType<ProcessInfo>()
        .Where(p => p.Role is "compiler server (VBCSCompiler)" or "FactBase build server" || (p.Role == "MSBuild node" && p.CommandLine.Contains("nodeReuse:true", StringComparison.OrdinalIgnoreCase)))
        .ToList();

    /// <summary>Stops, by process id, every server this work tree's benchmarks started and left running.</summary>
    public static int StopMine()
    {
        var stopped = 0;
        foreach (var process in Marked(anyRun: true))
        {
            try
            {
                using var running = Process.GetProcessById(process.Pid);
                running.Kill();
                running.WaitForExit(10_000);
                stopped++;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone already.
            }
        }

        return stopped;
    }

    /// <summary>Sets the peak resident set (VmHWM) of this process's marked processes back to their current one (/proc/PID/clear_refs, 5).</summary>
    public static void ResetPeaks()
    {
        foreach (var process in Marked())
        {
            try
            {
                File.WriteAllText($"/proc/{process.Pid}/clear_refs", "5");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone, or not ours to reset: its peak stays its lifetime's, an upper bound.
            }
        }
    }

    /// <summary>Whether the process runs from the consumers' package cache: a FactBase build server of this run's package, whoever started it.</summary>
    internal static bool ServesPackageCache(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains(Package.Cache + "/", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal static IEnumerable<int> Pids()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                yield return pid;
            }
        }
    }

    internal static string? MarkOf(int pid)
    {
        try
        {
            var environment = File.ReadAllBytes($"/proc/{pid}/environ");
            var prefix = Encoding.ASCII.GetBytes(Variable + "=");
            var start = 0;
            for (var i = 0; i <= environment.Length; i++)
            {
                if (i == environment.Length || environment[i] == 0)
                {
                    var entry = environment.AsSpan(start, i - start);
                    if (entry.StartsWith(prefix))
                    {
                        return Encoding.ASCII.GetString(entry[prefix.Length..]);
                    }

                    start = i + 1;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone, or a process we may not read.
        }

        return null;
    }
}

/// <summary>One process as /proc tells it: its role in a build, and its resident set now and at its peak.</summary>
internal sealed record ProcessInfo(int Pid, string CommandLine, string? Role, long ResidentBytes, long PeakBytes)
{
    public static ProcessInfo? Read(int pid)
    {
        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            long resident = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    resident = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }

            return new ProcessInfo(pid, commandLine, RoleOf(commandLine), resident, peak);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Kilobytes(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private static string? RoleOf(string commandLine) =>
        commandLine.Contains("VBCSCompiler", StringComparison.Ordinal) ? "compiler server (VBCSCompiler)"
        : commandLine.Contains("FactBase.BuildServer", StringComparison.Ordinal) ? "FactBase build server"
        : commandLine.Contains("/nodemode:", StringComparison.OrdinalIgnoreCase) ? "MSBuild node"
        : commandLine.Contains("/csc", StringComparison.Ordinal) ? "compiler (csc)"
        : commandLine.Contains("dotnet", StringComparison.Ordinal) ? "dotnet " + string.Join(' ', commandLine.Split(' ').Skip(1).Take(1))
        : null;
}

/// <summary>
/// The peak resident set of every process of a build, sampled every 100 ms from start to dispose: every
/// process with this benchmark's mark (the build, its MSBuild nodes, the compiler server, FactBase's build
/// server, and any compiler or task host they start). Each sample reads VmHWM, the kernel's own peak of the
/// process, so a peak between two samples is not missed; only a process that lives less than 100 ms is
/// (and such a process is small). The servers' peaks are reset first (<see cref="Servers.ResetPeaks"/>), so
/// that theirs is this build's, not their lifetime's.
/// </summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly Dictionary<int, ProcessInfo> _peaks = [];
    private readonly Dictionary<int, bool> _marked = [];
    private readonly Thread _thread;
    private volatile bool _stop;

    public PeakMemory()
    {
        Servers.ResetPeaks();
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak memory" };
        _thread.Start();
    }

    /// <summary>Each process seen, at its peak, largest first.</summary>
    public IReadOnlyList<ProcessInfo> Peaks
    {
        get
        {
            lock (_peaks)
            {
                return _peaks.Values.OrderByDescending(p => p.PeakBytes).ToList();
            }
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (true)
        {
            foreach (var pid in Servers.Pids())
            {
                if (!_marked.TryGetValue(pid, out var marked))
                {
                    _marked[pid] = marked = Servers.IsOfRun(pid);
                }

                if (marked && ProcessInfo.Read(pid) is { } info)
                {
                    lock (_peaks)
                    {
                        if (!_peaks.TryGetValue(pid, out var known) || known.PeakBytes < info.PeakBytes)
                        {
                            _peaks[pid] = info;
                        }
                    }
                }
            }

            if (_stop)
            {
                return;
            }

            Thread.Sleep(100);
        }
    }
}
