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
/// for an analyzer's: the MSBuild properties <c>NoWarn</c>, <c>WarningsAsErrors</c> and
/// <c>WarningsNotAsErrors</c>, then <c>dotnet_diagnostic.FBnnnn.severity</c> in a global analyzer
/// config (a <c>.globalconfig</c> file, or an <c>.editorconfig</c> whose first line is
/// <c>is_global = true</c>; sections do not apply, as they apply only to C# files), then
/// <c>TreatWarningsAsErrors</c>.
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

    /// <summary>
    /// The severity the compiler would report the diagnostic with, were it an analyzer's: the project's
    /// NoWarn (<c>/nowarn</c>), then WarningsAsErrors and WarningsNotAsErrors (<c>/warnaserror+:</c>,
    /// then <c>/warnaserror-:</c>, the later winning), which win over a global config; then the global
    /// config; then TreatWarningsAsErrors (<c>/warnaserror</c>), which makes an error of a warning that
    /// nothing named, or that the global config set to <c>warning</c>.
    /// </summary>
    public ReportedSeverity Of(Diagnostic diagnostic)
    {
        var own = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ReportedSeverity.Error,
            DiagnosticSeverity.Warning => ReportedSeverity.Warning,
            _ => ReportedSeverity.Message,
        };
        var id = diagnostic.Id;
        if (_noWarn.Contains(id))
        {
            return ReportedSeverity.Hidden;
        }

        if (_warningsNotAsErrors.Contains(id))
        {
            return own;
        }

        if (_warningsAsErrors.Contains(id))
        {
            return ReportedSeverity.Error;
        }

        if (_configured.TryGetValue(id, out var configured))
        {
            switch (configured.ToLowerInvariant())
            {
                case "error":
                    return ReportedSeverity.Error;
                case "warning":
                    return _treatWarningsAsErrors ? ReportedSeverity.Error : ReportedSeverity.Warning;
                case "suggestion":
                    return ReportedSeverity.Message;
                case "silent" or "none":
                    return ReportedSeverity.Hidden;
                case "default":
                    return own;
            }
        }

        return own == ReportedSeverity.Warning && _treatWarningsAsErrors ? ReportedSeverity.Error : own;
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
