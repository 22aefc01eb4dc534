using System.Collections.Generic;
using System.Globalization;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FactBase.Build;

/// <summary>
/// What the two tasks of the build step (<see cref="StartContent"/> and <see cref="CompileContent"/>)
/// are given, the request they make of it, and where its outputs go.
/// </summary>
public abstract class BuildStepTask : Task
{
    /// <summary>The content files (FactBase.targets: the AdditionalFiles marked FactBaseContent).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The content folder, <c>$(FactBaseContentRoot)</c>: relative paths are taken from it.</summary>
    [Required]
    public string ContentRoot { get; set; } = string.Empty;

    /// <summary>Where the cache, the records assembly and the index go, under <c>obj/</c>.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The records assembly's name, <c>$(FactBaseRecordsAssembly)</c>.</summary>
    [Required]
    public string RecordsAssembly { get; set; } = string.Empty;

    public string? MaxFileSize { get; set; }

    public string? MaxDepth { get; set; }

    /// <summary>Whether to run the build step in the build server (<c>$(FactBaseBuildServer)</c>) rather than in this process.</summary>
    public bool UseBuildServer { get; set; }

    /// <summary>The build server's assembly, <c>$(FactBaseBuildServerPath)</c>.</summary>
    public string? BuildServerPath { get; set; }

    [Output]
    public string RecordsAssemblyPath { get; set; } = string.Empty;

    [Output]
    public string ReferencePath { get; set; } = string.Empty;

    [Output]
    public string IndexFile { get; set; } = string.Empty;

    /// <summary>The build server to ask, when the build asks one.</summary>
    protected string? Server => UseBuildServer && BuildServerPath is { Length: > 0 } server ? server : null;

    /// <summary>Where the outputs go, named in the task's outputs.</summary>
    private protected BuildOutputs NameOutputs()
    {
        var outputs = new BuildOutputs(OutputDirectory, RecordsAssembly);
        (RecordsAssemblyPath, ReferencePath, IndexFile) = (outputs.RecordsAssemblyPath, outputs.ReferencePath, outputs.IndexPath);
        return outputs;
    }

    /// <summary>FB0900 at the output folder: the step's outputs could not be written there.</summary>
    private protected void LogOutputsNotWritten(System.Exception e) =>
        Log.LogError(null, "FB0900", null, OutputDirectory, 0, 0, 0, 0, $"FactBase could not write its build outputs in {OutputDirectory}: {e.Message}");

    /// <summary>What this build asks of the build step.</summary>
    internal BuildRequest Request()
    {
        var files = new List<string>(Files.Length);
        foreach (var file in Files)
        {
            files.Add(file.GetMetadata("FullPath"));
        }

        var options = new ReadOptions(Positive(MaxFileSize) ?? ReadOptions.DefaultMaxFileSize, Positive(MaxDepth) ?? ReadOptions.DefaultMaxDepth);
        return new BuildRequest(files, ContentPaths.Normalize(ContentRoot), options, OutputDirectory, RecordsAssembly);
    }

    /// <summary>The property as a positive number, as the generator reads it; null when unset or not one.</summary>
    private static int? Positive(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
