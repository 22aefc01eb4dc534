using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FactBase.Build;

/// <summary>
/// The build step (see docs/architecture.md): compiles the content with the core's one pipeline,
/// reusing the results kept under <c>obj/</c>, and writes the records resource the assembly embeds
/// and the index the generator reads. Content problems are not logged here: the generator reports
/// them from the index, where analyzer config sets their severities.
/// </summary>
public sealed class CompileContent : Task
{
    /// <summary>The content files (FactBase.targets: the AdditionalFiles marked FactBaseContent).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The content folder, <c>$(FactBaseContentRoot)</c>: relative paths are taken from it.</summary>
    [Required]
    public string ContentRoot { get; set; } = string.Empty;

    /// <summary>Where the cache, the records and the index go, under <c>obj/</c>.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public string? MaxFileSize { get; set; }

    public string? MaxDepth { get; set; }

    [Output]
    public string RecordsFile { get; set; } = string.Empty;

    [Output]
    public string IndexFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        var files = new List<string>(Files.Length);
        foreach (var file in Files)
        {
            files.Add(file.GetMetadata("FullPath"));
        }

        var options = new ReadOptions(Positive(MaxFileSize) ?? ReadOptions.DefaultMaxFileSize, Positive(MaxDepth) ?? ReadOptions.DefaultMaxDepth);
        try
        {
            var report = BuildStep.Run(new BuildStepInput(files, ContentPaths.Normalize(ContentRoot), options, OutputDirectory));
            RecordsFile = System.IO.Path.Combine(OutputDirectory, BuildStep.RecordsFileName);
            IndexFile = System.IO.Path.Combine(OutputDirectory, BuildStep.IndexFileName);
            if (report.CacheProblem is { } problem)
            {
                Log.LogMessage(MessageImportance.High, $"FactBase: the cache in {OutputDirectory} was not used ({problem}); every file was read again, and the cache rebuilt.");
            }

            Log.LogMessage(MessageImportance.Normal, $"FactBase: {report.Files} content files, {report.Read} read, {report.Files - report.Read} unchanged since the last build.");
            return true;
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "FB0900", null, OutputDirectory, 0, 0, 0, 0, $"FactBase could not write its build outputs in {OutputDirectory}: {e.Message}");
            return false;
        }
    }

    /// <summary>The property as a positive number, as the generator reads it; null when unset or not one.</summary>
    private static int? Positive(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
