using System;
using System.Collections.Generic;
using System.IO;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Build;

/// <summary>How the build reports a diagnostic: as an error, as a warning, as a message, or not at all.</summary>
internal enum ReportedSeverity
{
    Hidden,
    Message,
    Warning,
    Error,
}

/// <summary>
/// The severities the project sets for FactBase's diagnostics, taken as the compiler takes them
/// for its own: <c>dotnet_diagnostic.FBnnnn.severity</c> in a global analyzer config (a
/// <c>.globalconfig</c> file, or an <c>.editorconfig</c> whose first line is <c>is_global = true</c>;
/// sections do not apply, as they apply only to C# files), then the MSBuild properties
/// <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c> and <c>TreatWarningsAsErrors</c>.
/// The build step reports the diagnostics, before the compiler runs (docs/diagnostics.md).
/// </summary>
internal sealed class ReportedSeverities
{
    private readonly Dictionary<string, string> _configured = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _noWarn;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly bool _treatWarningsAsErrors;

    public ReportedSeverities(IEnumerable<string> configFiles, string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
    {
        foreach (var file in configFiles)
        {
            ReadGlobalConfig(file);
        }

        _noWarn = Ids(noWarn);
        _warningsAsErrors = Ids(warningsAsErrors);
        _warningsNotAsErrors = Ids(warningsNotAsErrors);
        _treatWarningsAsErrors = treatWarningsAsErrors;
    }

    public ReportedSeverity Of(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ReportedSeverity.Error,
            DiagnosticSeverity.Warning => ReportedSeverity.Warning,
            _ => ReportedSeverity.Message,
        };
        if (_configured.TryGetValue(diagnostic.Id, out var configured))
        {
            severity = configured.ToLowerInvariant() switch
            {
                "error" => ReportedSeverity.Error,
                "warning" => ReportedSeverity.Warning,
                "suggestion" => ReportedSeverity.Message,
                "silent" or "none" => ReportedSeverity.Hidden,
                _ => severity,
            };
        }

        if (severity == ReportedSeverity.Warning)
        {
            if (_noWarn.Contains(diagnostic.Id))
            {
                return ReportedSeverity.Hidden;
            }

            if (_warningsAsErrors.Contains(diagnostic.Id) || (_treatWarningsAsErrors && !_warningsNotAsErrors.Contains(diagnostic.Id)))
            {
                return ReportedSeverity.Error;
            }
        }

        return severity;
    }

    /// <summary>The file's top-level <c>dotnet_diagnostic.*.severity</c> keys, when it is a global config.</summary>
    private void ReadGlobalConfig(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var isGlobal = string.Equals(Path.GetFileName(path), ".globalconfig", StringComparison.OrdinalIgnoreCase);
        var settings = new List<(string Key, string Value)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                break; // sections apply to C# files only
            }

            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                settings.Add((line.Substring(0, equals).Trim(), line.Substring(equals + 1).Trim()));
            }
        }

        foreach (var (key, value) in settings)
        {
            if (key.Equals("is_global", StringComparison.OrdinalIgnoreCase))
            {
                isGlobal |= value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
        }

        if (!isGlobal)
        {
            return;
        }

        const string Prefix = "dotnet_diagnostic.";
        const string Suffix = ".severity";
        foreach (var (key, value) in settings)
        {
            if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && key.Length > Prefix.Length + Suffix.Length)
            {
                _configured[key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length)] = value;
            }
        }
    }

    /// <summary>The ids in an MSBuild list of warnings, separated by ';' or ','.</summary>
    private static HashSet<string> Ids(string? list)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in (list ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (id.Trim().Length > 0)
            {
                ids.Add(id.Trim());
            }
        }

        return ids;
    }
}
