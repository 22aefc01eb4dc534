using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace FactBase.TestSupport;

/// <summary>
/// Programs that end-to-end tests drive (a browser, an editor, Node packages), installed on first
/// use when missing, so that the README's test command installs what it needs on a fresh machine:
/// Debian packages with apt-get, Node packages with npm in their own folder. Test assemblies run
/// in parallel processes, so every install holds a machine-wide lock (apt and npm both fail when
/// two of them write at once). A failed install fails the test with what to run by hand.
/// </summary>
internal static class SystemTools
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "factbase-test-tools.lock");

    /// <summary>The path of <paramref name="executable"/>, installing Debian's <paramref name="package"/> first when it is missing.</summary>
    public static string EnsureDebianPackage(string package, string executable)
    {
        if (File.Exists(executable))
        {
            return executable;
        }

        using (MachineLock())
        {
            if (!File.Exists(executable))
            {
                // 'apt-get update' once before installing: a fresh machine has no package lists.
                Run("apt-get", "update -q", Environment.CurrentDirectory, $"apt-get update && apt-get install -y {package}");
                Run("apt-get", $"install -y -q --no-install-recommends {package}", Environment.CurrentDirectory, $"apt-get install -y {package}");
            }
        }

        return File.Exists(executable)
            ? executable
            : throw new InvalidOperationException($"Installing the Debian package '{package}' did not give {executable}.");
    }

    /// <summary>Installs the Node packages that <paramref name="folder"/>'s package.json and package-lock.json name, unless they are there.</summary>
    public static void EnsureNpmPackages(string folder)
    {
        var marker = Path.Combine(folder, "node_modules", ".package-lock.json");
        var lockFile = Path.Combine(folder, "package-lock.json");
        if (File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(lockFile))
        {
            return;
        }

        using (MachineLock())
        {
            Run("npm", "ci --no-audit --no-fund", folder, $"cd {folder} && npm ci");
        }
    }

    private static void Run(string file, string arguments, string directory, string byHand)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}: run '{byHand}' by hand.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' exited {process.ExitCode}; run '{byHand}' by hand.\n{output}\n{error.Result}");
        }
    }

    /// <summary>A lock held across processes while installing: a file opened for this process alone.</summary>
    private static FileStream MachineLock()
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }
}
