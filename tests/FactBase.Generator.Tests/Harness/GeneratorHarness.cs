using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator.Tests.Harness;

/// <summary>
/// Runs the generator through Roslyn's <see cref="GeneratorDriver"/> over in-memory content, as the
/// IDE does (the content files themselves) or as a command-line build does (the build step's index
/// alone, made by the core from the same files), and compiles what it emits against the real runtime
/// assembly, with the records the build step would embed.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string ContentRoot = "/repo/content/";
    public const string Namespace = "Test.Content";
    public const string IndexPath = "/repo/obj/factbase/index.txt";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
    ];

    private readonly List<AdditionalText> _texts;
    private readonly HashSet<string> _contentPaths;
    private readonly string _contentRoot;
    private GeneratorDriver _driver;

    /// <param name="files">The content, by path under the content root.</param>
    /// <param name="properties">MSBuild properties, by name without <c>build_property.</c>.</param>
    /// <param name="unmarked">Additional files that are not content.</param>
    /// <param name="fromIndex">As a command-line build: the generator is given the build step's index, not the content.</param>
    /// <param name="indexText">With <paramref name="fromIndex"/>, the index's text in place of the one the core writes.</param>
    /// <param name="contentRoot">Where the content is, ending in '/'.</param>
    public GeneratorHarness(
        IEnumerable<(string Path, string Text)> files,
        IReadOnlyDictionary<string, string>? properties = null,
        IEnumerable<AdditionalText>? unmarked = null,
        bool fromIndex = false,
        string? indexText = null,
        string contentRoot = ContentRoot)
    {
        _contentRoot = contentRoot;
        var texts = _texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(contentRoot + f.Path, f.Text)).ToList();
        var global = new Dictionary<string, string>
        {
            ["build_property.FactBaseNamespace"] = Namespace,
            ["build_property.FactBaseContentRoot"] = contentRoot,
        };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            global["build_property." + key] = value;
        }

        _contentPaths = texts.Select(t => t.Path).ToHashSet();
        var options = GeneratorOptions.From(new TestAnalyzerConfigOptionsProvider(global, _contentPaths));
        ReadOptions = options.Read;
        if (fromIndex)
        {
            var index = new InMemoryAdditionalText(IndexPath, indexText ?? BuildStepOutputs().Index);
            AdditionalTexts = [index, .. unmarked ?? []];
            OptionsProvider = new TestAnalyzerConfigOptionsProvider(global, new HashSet<string>(), new HashSet<string> { IndexPath });
        }
        else
        {
            AdditionalTexts = [.. texts.Concat(unmarked ?? [])];
            OptionsProvider = new TestAnalyzerConfigOptionsProvider(global, _contentPaths);
        }

        _driver = CSharpGeneratorDriver.Create(
            [new FactBaseGenerator().AsSourceGenerator()],
            AdditionalTexts,
            ParseOptions,
            OptionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        Compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Program { }", ParseOptions)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public CSharpCompilation Compilation { get; }

    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

    public AnalyzerConfigOptionsProvider OptionsProvider { get; }

    /// <summary>The limits the generator reads with, from the properties.</summary>
    public ReadOptions ReadOptions { get; }

    /// <summary>What the build step makes of the content as it is now: the records resource and the index.</summary>
    public (byte[] Records, string Index) BuildStepOutputs()
    {
        var files = _texts.Where(t => ContentPaths.IsContent(t.Path))
            .Select(t => new SourceFile(t.Path, ContentPaths.Relative(t.Path, _contentRoot), t.GetText()!.ToString()))
            .ToList();
        return BuildStep.Outputs(ContentPipeline.Compile(files, new CompileOptions(ReadOptions, Records: true)));
    }

    /// <summary>The generated code compiled, emitted with the records the build step would embed, and loaded.</summary>
    public LoadedKnowledgeBase Load(Compilation output) => new(output, BuildStepOutputs().Records);

    public GeneratorDriverRunResult Run() => RunOn(Compilation);

    /// <summary>Runs the driver on another compilation, such as a clone of this one.</summary>
    public GeneratorDriverRunResult RunOn(Compilation compilation)
    {
        _driver = _driver.RunGenerators(compilation);
        return _driver.GetRunResult();
    }

    /// <summary>Edits one content file, as saving it in the editor would, and runs the driver again.</summary>
    public GeneratorDriverRunResult Replace(string path, string text)
    {
        var index = _texts.FindIndex(t => t.Path == _contentRoot + path);
        var replacement = new InMemoryAdditionalText(_contentRoot + path, text);
        _driver = _driver.ReplaceAdditionalText(_texts[index], replacement);
        _texts[index] = replacement;
        return Run();
    }

    /// <summary>Adds one content file, as creating it in the editor would, and runs the driver again.</summary>
    public GeneratorDriverRunResult Add(string path, string text)
    {
        var added = new InMemoryAdditionalText(_contentRoot + path, text);
        _contentPaths.Add(added.Path);
        _driver = _driver.AddAdditionalTexts([added]);
        _texts.Add(added);
        return Run();
    }

    /// <summary>Deletes one content file and runs the driver again.</summary>
    public GeneratorDriverRunResult Remove(string path)
    {
        var index = _texts.FindIndex(t => t.Path == _contentRoot + path);
        _driver = _driver.RemoveAdditionalTexts([_texts[index]]);
        _texts.RemoveAt(index);
        return Run();
    }

    /// <summary>Compiles the consumer with the generated code: every error and warning, documentation included.</summary>
    public (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Compile()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        var diagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return (output, diagnostics);
    }
}
