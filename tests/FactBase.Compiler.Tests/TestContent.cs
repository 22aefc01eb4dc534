using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Tests;

/// <summary>Small knowledge bases written inline, compiled by the same core as the build.</summary>
internal static class TestContent
{
    public const string PlaceKind = """
        ---
        kind: kind
        fields:
          name: string
        ---
        A place.
        """;

    public const string SourceKind = """
        ---
        kind: kind
        fields:
          title: string
        ---
        Where facts come from.
        """;

    public const string OrganizationKind = """
        ---
        kind: kind
        fields:
          name: string
          based-in: ref<place>?
          size: quantity?
          founded: date?
          budget: money?
          active: bool?
          category: enum(company, nonprofit)?
          aliases: list<string>?
        ---
        An organization.
        """;

    public const string Texas = """
        ---
        kind: place
        name: Texas
        ---
        """;

    public const string Article = """
        ---
        kind: source
        title: An article
        ---
        """;

    /// <summary>Compiles the files, with the three kinds above unless the files replace them.</summary>
    public static CompilationResult Compile(params (string Path, string Text)[] files) =>
        KnowledgeBaseCompiler.Compile(Files(files).Select(f => f.Read()), ReadOptions.Default);

    /// <summary>The files as the pipeline takes them, with the three kinds above unless the files replace them.</summary>
    public static List<SourceFile> Files(params (string Path, string Text)[] files)
    {
        var standard = new[]
        {
            ("content/kinds/place.md", PlaceKind),
            ("content/kinds/source.md", SourceKind),
            ("content/kinds/organization.md", OrganizationKind),
        };
        return standard.Where(s => files.All(f => f.Path != s.Item1)).Concat(files).Select(f => new SourceFile(f.Item1, f.Item1, f.Item2)).ToList();
    }

    public static ParsedFile Parse(string text, ReadOptions? options = null) =>
        FileParser.Parse(new ContentFile("content/test.md", "content/test.md", text), options ?? ReadOptions.Default);

    /// <summary>The only diagnostic, as 'FBnnnn (line,col)' so a failure shows what came instead.</summary>
    public static string Single(CompilationResult result) =>
        Assert.Single(result.Diagnostics.Select(Describe));

    public static string Single(ParsedFile file) => Assert.Single(file.Diagnostics.Select(Describe));

    public static string Describe(Diagnostic d) => $"{d.Id} {d.Path}({d.Span.Line},{d.Span.Column})";
}
