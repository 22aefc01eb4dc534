using System;
using System.Collections.Generic;
using FactBase.Build.Server;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Pipeline;
using Microsoft.Build.Framework;

namespace FactBase.Build;

/// <summary>
/// The build step (see docs/architecture.md): compiles the content with the core's one pipeline,
/// reusing the results kept under <c>obj/</c>, writes the records assembly and the index the
/// generator reads, and reports the content's diagnostics, with the severities the project sets.
/// An error fails the build here, before the compiler runs. When <see cref="StartContent"/> has started
/// the same step in the build server, this waits for its answer rather than asking again.
/// </summary>
public sealed class CompileContent : BuildStepTask
{
    /// <summary>The analyzer config files (<c>@(EditorConfigFiles)</c>): the global ones set severities.</summary>
    public ITaskItem[] AnalyzerConfigFiles { get; set; } = [];

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Who reports the content's diagnostics, <c>$(FactBaseDiagnosticsReporter)</c>: here, unless it is the companion analyzer.</summary>
    public string? DiagnosticsReporter { get; set; }

    public override bool Execute()
    {
        NameOutputs();
        var request = Request();
        BuildResponse? response = null;
        if (Server is { } server)
        {
            var pending = PendingBuild.Take(BuildEngine4, request);
            response = pending is not null ? pending.Answer(out var why) : BuildServerClient.TryRun(request, server, out why);
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
            LogOutputsNotWritten(e);
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
}
