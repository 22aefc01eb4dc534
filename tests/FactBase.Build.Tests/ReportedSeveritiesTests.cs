using System;
using System.Collections.Generic;
using System.IO;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Build.Tests;

/// <summary>
/// The build step reports FactBase's diagnostics with the severities the compiler would give them
/// as an analyzer's: the project's NoWarn, WarningsAsErrors and WarningsNotAsErrors (the compiler's
/// /nowarn, /warnaserror+: and /warnaserror-:) first, then a global analyzer config, then
/// TreatWarningsAsErrors (/warnaserror), which promotes only warnings nothing else set.
/// </summary>
public sealed class ReportedSeveritiesTests : IDisposable
{
    /// <summary>A warning by default: a fact file with no id-like name.</summary>
    private static readonly Diagnostic Warning = new("FB0010", DiagnosticSeverity.Warning, "a warning", "content/a.md", SourceSpan.FileStart);

    /// <summary>An error by default: a dangling ref.</summary>
    private static readonly Diagnostic Error = new("FB0302", DiagnosticSeverity.Error, "an error", "content/a.md", SourceSpan.FileStart);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbase-severities-" + Guid.NewGuid().ToString("N")[..8]);

    public ReportedSeveritiesTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void With_nothing_set_each_diagnostic_keeps_its_own_severity()
    {
        var severities = Severities();

        Assert.Equal(ReportedSeverity.Warning, severities.Of(Warning));
        Assert.Equal(ReportedSeverity.Error, severities.Of(Error));
    }

    [Fact]
    public void NoWarn_hides_a_warning_and_an_error_as_the_compiler_hides_a_configurable_analyzer_diagnostic()
    {
        var severities = Severities(noWarn: "CS1591; fb0010 ,FB0302");

        Assert.Equal(ReportedSeverity.Hidden, severities.Of(Warning));
        Assert.Equal(ReportedSeverity.Hidden, severities.Of(Error));
    }

    [Fact]
    public void WarningsAsErrors_makes_that_warning_an_error_and_no_other()
    {
        var severities = Severities(warningsAsErrors: "FB0010");

        Assert.Equal(ReportedSeverity.Error, severities.Of(Warning));
        // Another warning: FactBase's only warning by default is FB0010, so an error lowered to one.
        Assert.Equal(ReportedSeverity.Warning, severities.Of(Error with { Severity = DiagnosticSeverity.Warning }));
    }

    [Fact]
    public void TreatWarningsAsErrors_makes_every_warning_an_error_but_those_in_WarningsNotAsErrors()
    {
        Assert.Equal(ReportedSeverity.Error, Severities(treatWarningsAsErrors: true).Of(Warning));
        Assert.Equal(ReportedSeverity.Warning, Severities(warningsNotAsErrors: "FB0010", treatWarningsAsErrors: true).Of(Warning));
        Assert.Equal(ReportedSeverity.Error, Severities(warningsNotAsErrors: "FB0010", treatWarningsAsErrors: true).Of(Error));
    }

    [Fact]
    public void WarningsNotAsErrors_after_WarningsAsErrors_wins_as_the_later_switch_does()
    {
        Assert.Equal(ReportedSeverity.Warning, Severities(warningsAsErrors: "FB0010", warningsNotAsErrors: "FB0010").Of(Warning));
    }

    [Fact]
    public void NoWarn_wins_over_WarningsAsErrors()
    {
        Assert.Equal(ReportedSeverity.Hidden, Severities(noWarn: "FB0010", warningsAsErrors: "FB0010", treatWarningsAsErrors: true).Of(Warning));
    }

    [Theory]
    [InlineData("none", "Hidden")]
    [InlineData("silent", "Hidden")]
    [InlineData("suggestion", "Message")]
    [InlineData("warning", "Warning")]
    [InlineData("error", "Error")]
    [InlineData("default", "Error")]
    [InlineData("nonsense", "Error")]
    public void A_global_config_sets_an_errors_severity(string value, string expected)
    {
        var config = Config(".globalconfig", $"dotnet_diagnostic.FB0302.severity = {value}");

        Assert.Equal(Enum.Parse<ReportedSeverity>(expected), Severities(config).Of(Error));
    }

    [Fact]
    public void An_editorconfig_marked_global_sets_severities_and_an_ordinary_one_does_not()
    {
        var global = Config(Path.Combine("global", ".editorconfig"), "is_global = true\ndotnet_diagnostic.FB0302.severity = none\ndotnet_diagnostic.FB0010.severity = error");
        var ordinary = Config(Path.Combine("ordinary", ".editorconfig"), "root = true\ndotnet_diagnostic.FB0302.severity = none\n[*.md]\ndotnet_diagnostic.FB0010.severity = none");

        Assert.Equal((ReportedSeverity.Hidden, ReportedSeverity.Error), (Severities(global).Of(Error), Severities(global).Of(Warning)));
        Assert.Equal((ReportedSeverity.Error, ReportedSeverity.Warning), (Severities(ordinary).Of(Error), Severities(ordinary).Of(Warning)));
    }

    [Fact]
    public void A_global_config_that_says_warning_is_made_an_error_by_TreatWarningsAsErrors_and_one_that_says_default_is_not()
    {
        var warning = Config(".globalconfig", "dotnet_diagnostic.FB0302.severity = warning\ndotnet_diagnostic.FB0010.severity = default");

        Assert.Equal(ReportedSeverity.Warning, Severities(warning).Of(Error));
        Assert.Equal(ReportedSeverity.Error, Severities(warning, treatWarningsAsErrors: true).Of(Error));
        Assert.Equal(ReportedSeverity.Warning, Severities(warning, treatWarningsAsErrors: true).Of(Warning));
    }

    [Fact]
    public void The_projects_NoWarn_and_WarningsAsErrors_win_over_a_global_config()
    {
        var config = Config(".globalconfig", "dotnet_diagnostic.FB0302.severity = error\ndotnet_diagnostic.FB0010.severity = none");

        Assert.Equal(ReportedSeverity.Hidden, Severities(config, noWarn: "FB0302").Of(Error));
        Assert.Equal(ReportedSeverity.Error, Severities(config, warningsAsErrors: "FB0010").Of(Warning));
    }

    [Fact]
    public void A_config_file_that_is_missing_is_passed_over()
    {
        Assert.Equal(ReportedSeverity.Error, Severities(Path.Combine(_folder, "missing", ".globalconfig")).Of(Error));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ReportedSeverities Severities(string? config = null, string? noWarn = null, string? warningsAsErrors = null, string? warningsNotAsErrors = null, bool treatWarningsAsErrors = false) =>
        new(config is null ? new List<string>() : [config], noWarn, warningsAsErrors, warningsNotAsErrors, treatWarningsAsErrors);

    private string Config(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
        return path;
    }
}
