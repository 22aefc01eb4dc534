using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Generator.Tests;

/// <summary>The catalog, the release files and the documentation say the same thing about every id.</summary>
public class CatalogTests
{
    [Fact]
    public void Ids_are_unique_and_stable_in_form()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^FB[0-9]{4}$", id));
        Assert.All(DiagnosticDescriptors.All, d => Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLink, StringComparison.Ordinal));
    }

    [Fact]
    public void The_release_files_list_every_id_with_its_category_and_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.Root, "generator/FactBase.Generator/AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(RepoPaths.Root, "generator/FactBase.Generator/AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith("FB", StringComparison.Ordinal))
            .Select(line => string.Join(" | ", line.Split('|').Take(3).Select(cell => cell.Trim())))
            .Order();

        var catalog = DiagnosticDescriptors.All.Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}").Order();

        Assert.Equal(catalog, rows);
    }

    [Fact]
    public void The_documentation_has_a_section_with_an_anchor_for_every_id_and_no_other()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs/diagnostics.md"));

        var sections = Regex.Matches(doc, "^## (FB[0-9]{4}): (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var anchors = Regex.Matches(doc, "<a id=\"(fb[0-9]{4})\"></a>").Select(m => m.Groups[1].Value.ToUpperInvariant()).ToList();

        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids, sections);
        Assert.Equal(ids, anchors);
    }

}
