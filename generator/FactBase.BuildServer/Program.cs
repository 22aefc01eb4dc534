using FactBase.Build.Server;

namespace FactBase.BuildServer;

/// <summary>Runs the build server until it has been idle for a while, on the pipe the task that starts it names.</summary>
internal static class Program
{
    public static int Main(string[] args) => BuildServerHost.Run(BuildServerHost.IdleTimeout, args.Length > 0 ? args[0] : null);
}
