namespace FactBase.Cli.Commands;

/// <summary>The exit codes of every command, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>The content is valid (or the command did what it was asked).</summary>
    public const int Success = 0;

    /// <summary>The content has errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command could not run: no such folder, bad arguments.</summary>
    public const int UsageError = 2;
}
