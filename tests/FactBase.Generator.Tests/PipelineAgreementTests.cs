using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using FactBase.Corpus;
using FactBase.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator.Tests;

/// <summary>
/// The one pipeline, whoever drives it: the generator over the content files (the IDE) reports what
/// <see cref="KnowledgeBaseCompiler.Compile"/> (the command line, and the build step, which runs the
/// same pipeline) reports, casualties included; the generator over the build step's index (a
/// command-line build) reports none of them again, and emits the same code as from the files.
/// </summary>
public class PipelineAgreementTests
{
    private static readonly string Place = SampleContent.Files.Single(f => f.Path == "kinds/place.md").Text;

    public static TheoryData<string> Cases => [.. ContentSets.Keys];

    private static readonly Dictionary<string, (string Path, string Text)[]> ContentSets = new()
    {
        ["analyzer content"] =
        [
            .. SampleContent.Files.Where(f => f.Path != "places/texas.md"),
            ("places/texas.md", "---\nkind: place\nname: Texas\nactive: yes\n---\n"),
            ("places/bad-date.md", "---\nkind: organization\nname: x\nfounded: 2018-02-30\nbased-in: texsa\n---\n"),
            ("places/no-front-matter.md", "just text"),
        ],
        ["broken kind file"] =
        [
            .. SampleContent.Files.Where(f => f.Path != "kinds/place.md"),
            ("kinds/place.md", "---\nkind: kind\nfields: [name\n---\n"),
        ],
        ["kind file with no kind"] =
        [
            .. SampleContent.Files.Where(f => f.Path != "kinds/place.md"),
            ("kinds/place.md", Place.Replace("kind: kind\n", string.Empty, System.StringComparison.Ordinal)),
        ],
        ["broken fact file"] =
        [
            .. SampleContent.Files.Where(f => f.Path != "places/texas.md"),
            ("places/texas.md", "---\nkind: place\nname: [Texas\n---\n"),
        ],
        ["file name not kebab-case"] =
        [
            .. SampleContent.Files.Where(f => f.Path != "places/texas.md"),
            ("places/Texas.md", "---\nkind: place\nname: Texas\n---\n"),
        ],
        ["bad field type and undeclared ref kind"] =
        [
            .. SampleContent.Files,
            ("kinds/city.md", "---\nkind: kind\nplural: cities\nfields:\n  name: string\n  area: squre-miles?\n  mayor: ref<persn>?\n---\n"),
            ("cities/austin.md", "---\nkind: city\nname: Austin\narea: 5\nmayor: someone\n---\n"),
        ],
        ["missing, empty and unknown kinds, duplicate ids"] =
        [
            .. SampleContent.Files,
            ("places/a.md", "---\nname: x\n---\n"),
            ("places/b.md", "---\nkind:\nname: x\n---\n"),
            ("places/c.md", "---\nkind: plac\nname: x\n---\n"),
            ("other/texas.md", "---\nkind: place\nname: Texas again\n---\n"),
            ("places/d.md", "---\nkind: place\nname: d\npart-of: c\n---\n"),
        ],

        // Enough files for the generator's cold start, which checks against the kinds under kinds/ alone:
        // a kind declared elsewhere makes both pipelines check again against the whole schema.
        ["corpus with a kind outside kinds/"] =
        [
            .. CorpusGenerator.Generate(120),
            ("misc/region.md", "---\nkind: kind\nfields:\n  name: string\n---\n"),
            ("regions/north.md", "---\nkind: region\nname: North\n---\n"),
            ("regions/south.md", "---\nkind: regoin\nname: South\n---\n"),
            ("places/broken.md", "---\nkind: place\nname: [x\n---\n"),
        ],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generator_and_the_compiler_report_the_same_and_from_the_index_the_generator_reports_nothing_again(string name)
    {
        var files = ContentSets[name];

        var fromFiles = new GeneratorHarness(files).Run().Diagnostics.Select(Describe).Order().ToList();
        var fromIndex = new GeneratorHarness(files, fromIndex: true).Run().Diagnostics;
        var compiled = KnowledgeBaseCompiler.Compile(
            files.Select(f => new ContentFile(GeneratorHarness.ContentRoot + f.Path, ContentPaths.Relative(GeneratorHarness.ContentRoot + f.Path, GeneratorHarness.ContentRoot), f.Text)),
            ReadOptions.Default);
        var fromCompiler = compiled.Diagnostics.Select(DiagnosticConverter.ToRoslyn).Select(Describe).Order().ToList();

        Assert.NotEmpty(fromCompiler);
        Assert.Equal(fromCompiler, fromFiles);
        Assert.Empty(fromIndex);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generator_emits_the_same_code_from_the_index_as_from_the_files(string name)
    {
        var files = ContentSets[name];

        var fromFiles = new GeneratorHarness(files).Run().Results.Single().GeneratedSources;
        var fromIndex = new GeneratorHarness(files, fromIndex: true).Run().Results.Single().GeneratedSources;

        Assert.Equal(fromFiles.Select(s => s.HintName), fromIndex.Select(s => s.HintName));
        Assert.All(fromFiles.Zip(fromIndex), pair => Assert.Equal(pair.First.SourceText.ToString(), pair.Second.SourceText.ToString()));
    }

    [Fact]
    public void Casualties_are_not_reported_again_by_the_generator()
    {
        var diagnostics = new GeneratorHarness(ContentSets["broken kind file"]).Run().Diagnostics;

        Assert.Equal("FB0003", Assert.Single(diagnostics).Id);
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {d.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
