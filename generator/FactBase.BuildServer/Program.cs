using FactBase.Build.Server;

namespace FactBase.BuildServer;

/// <summary>Runs the build server until it has been idle for a while.</summary>
internal static class Program
{
    public static int Main() => BuildServerHost.Run(BuildServerHost.IdleTimeout);
}
