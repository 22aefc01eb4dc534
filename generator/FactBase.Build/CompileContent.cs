using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Build.Server;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FactBase.Build;

/// <summary>
/// The build step (see docs/architecture.md): compiles the content with the core's one pipeline,
/// reusing the results kept under <c>obj/</c>, writes the records assembly and the index the
/// generator reads, and reports the content's diagnostics, with the severities the project sets.
/// An error fails the build here, before the compiler runs.
/// </summary>
public sealed class CompileContent : Task
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

    /// <summary>The analyzer config files (<c>@(EditorConfigFiles)</c>): the global ones set severities.</summary>
    public ITaskItem[] AnalyzerConfigFiles { get; set; } = [];

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Whether to run the build step in the build server (<c>$(FactBaseBuildServer)</c>) rather than in this process.</summary>
    public bool UseBuildServer { get; set; }

    /// <summary>The build server's assembly, <c>$(FactBaseBuildServerPath)</c>.</summary>
    public string? BuildServerPath { get; set; }

    /// <summary>Who reports the content's diagnostics, <c>$(FactBaseDiagnosticsReporter)</c>: here, unless it is the companion analyzer.</summary>
    public string? DiagnosticsReporter { get; set; }

    [Output]
    public string RecordsAssemblyPath { get; set; } = string.Empty;

    [Output]
    public string ReferencePath { get; set; } = string.Empty;

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
        var outputs = new BuildOutputs(OutputDirectory, RecordsAssembly);
        (RecordsAssemblyPath, ReferencePath, IndexFile) = (outputs.RecordsAssemblyPath, outputs.ReferencePath, outputs.IndexPath);
        var request = new BuildRequest(files, ContentPaths.Normalize(ContentRoot), options, OutputDirectory, RecordsAssembly);
        BuildResponse? response = null;
        if (UseBuildServer && BuildServerPath is { Length: > 0 } server)
        {
            response = BuildServerClient.TryRun(request, server, out var why);
            if (response is null)
            {
                Log.LogMessage(MessageImportance.Normal, $"FactBase: the build server was not used ({why}); the build step runs in the build's own process.");
            }
        }

        try
        {
            response ??= BuildResponse.Of(request.Run());
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "FB0900", null, OutputDirectory, 0, 0, 0, 0, $"FactBase could not write its build outputs in {OutputDirectory}: {e.Message}");
            return false;
        }

        if (response.CacheProblem is { } problem)
        {
            Log.LogMessage(MessageImportance.High, $"FactBase: the cache in {OutputDirectory} was not used ({problem}); every file was read again, and the cache rebuilt.");
        }

        Log.LogMessage(MessageImportance.Normal, $"FactBase: {response.Files} content files, {response.Read} read, {response.Files - response.Read} unchanged since the last build.");
        if (!string.Equals(DiagnosticsReporter?.Trim(), "analyzer", StringComparison.OrdinalIgnoreCase))
        {
            Report(response);
        }

        return !Log.HasLoggedErrors;
    }

    private void Report(BuildResponse result)
    {
        var configs = new List<string>();
        foreach (var config in AnalyzerConfigFiles)
        {
            configs.Add(config.GetMetadata("FullPath"));
        }

        var severities = new ReportedSeverities(configs, NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        // Where each problem starts, as the compiler prints its own: path(line,col).
        foreach (var diagnostic in result.Diagnostics)
        {
            var (line, column) = (diagnostic.Span.Line, diagnostic.Span.Column);
            var help = DiagnosticDescriptors.HelpLinkOf(diagnostic.Id);
            switch (severities.Of(diagnostic))
            {
                case ReportedSeverity.Error:
                    Log.LogError(null, diagnostic.Id, null, help, diagnostic.Path, line, column, 0, 0, diagnostic.Message);
                    break;
                case ReportedSeverity.Warning:
                    Log.LogWarning(null, diagnostic.Id, null, help, diagnostic.Path, line, column, 0, 0, diagnostic.Message);
                    break;
                case ReportedSeverity.Message:
                    Log.LogMessage(null, diagnostic.Id, null, diagnostic.Path, line, column, 0, 0, MessageImportance.Normal, diagnostic.Message);
                    break;
            }
        }
    }

    /// <summary>The property as a positive number, as the generator reads it; null when unset or not one.</summary>
    private static int? Positive(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
