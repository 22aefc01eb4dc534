namespace FactBase.Compiler.Reading;

/// <summary>Limits that keep hostile content from exhausting the build; both settable by MSBuild property.</summary>
public sealed record ReadOptions(int MaxFileSize = ReadOptions.DefaultMaxFileSize, int MaxDepth = ReadOptions.DefaultMaxDepth)
{
    public const int DefaultMaxFileSize = 1024 * 1024;
    public const int DefaultMaxDepth = 64;

    public static ReadOptions Default { get; } = new();
}
