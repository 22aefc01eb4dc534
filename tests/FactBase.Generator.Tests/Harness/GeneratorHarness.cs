using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator.Tests.Harness;

/// <summary>
/// Runs the generator through Roslyn's <see cref="GeneratorDriver"/> over in-memory content,
/// as the build does, and compiles what it emits against the real runtime assembly.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string ContentRoot = "/repo/content/";
    public const string Namespace = "Test.Content";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
    ];

    private readonly List<AdditionalText> _texts;
    private readonly HashSet<string> _contentPaths;
    private GeneratorDriver _driver;

    public GeneratorHarness(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? properties = null, IEnumerable<AdditionalText>? unmarked = null)
    {
        var texts = _texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(ContentRoot + f.Path, f.Text)).ToList();
        var global = new Dictionary<string, string>
        {
            ["build_property.FactBaseNamespace"] = Namespace,
            ["build_property.FactBaseContentRoot"] = ContentRoot,
        };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            global["build_property." + key] = value;
        }

        AdditionalTexts = [.. texts.Concat(unmarked ?? [])];
        _contentPaths = texts.Select(t => t.Path).ToHashSet();
        OptionsProvider = new TestAnalyzerConfigOptionsProvider(global, _contentPaths);
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

    public GeneratorDriverRunResult Run()
    {
        _driver = _driver.RunGenerators(Compilation);
        return _driver.GetRunResult();
    }

    /// <summary>Edits one content file, as saving it in the editor would, and runs the driver again.</summary>
    public GeneratorDriverRunResult Replace(string path, string text)
    {
        var index = _texts.FindIndex(t => t.Path == ContentRoot + path);
        var replacement = new InMemoryAdditionalText(ContentRoot + path, text);
        _driver = _driver.ReplaceAdditionalText(_texts[index], replacement);
        _texts[index] = replacement;
        return Run();
    }

    /// <summary>Adds one content file, as creating it in the editor would, and runs the driver again.</summary>
    public GeneratorDriverRunResult Add(string path, string text)
    {
        var added = new InMemoryAdditionalText(ContentRoot + path, text);
        _contentPaths.Add(added.Path);
        _driver = _driver.AddAdditionalTexts([added]);
        _texts.Add(added);
        return Run();
    }

    /// <summary>Deletes one content file and runs the driver again.</summary>
    public GeneratorDriverRunResult Remove(string path)
    {
        var index = _texts.FindIndex(t => t.Path == ContentRoot + path);
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
