using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactBase.Benchmarks;

/// <summary>The generator under Roslyn's driver, over files on disk, as the compiler runs it (no step tracking unless asked).</summary>
internal sealed class Driver
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private readonly Compilation _compilation = CSharpCompilation.Create("Consumer", [], [], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    private readonly List<AdditionalText> _texts;
    private readonly OptionsProvider _options;
    private GeneratorDriver _driver;

    private readonly IIncrementalGenerator _generator;
    private readonly bool _trackSteps;

    /// <param name="trackSteps">Whether Roslyn times each step (the run result's TrackedSteps), which costs time of its own.</param>
    public Driver(string contentRoot, IIncrementalGenerator? generator = null, bool trackSteps = false)
    {
        _generator = generator ?? new FactBase.Generator.FactBaseGenerator();
        _trackSteps = trackSteps;
        var root = Path.GetFullPath(contentRoot).TrimEnd('/') + "/";
        _texts = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => (AdditionalText)new FileText(p)).ToList();
        _options = new OptionsProvider(root, _texts.Select(t => t.Path).ToHashSet());
        _driver = Create();
    }

    public int FileCount => _texts.Count;

    public IReadOnlyList<string> Paths => _texts.Select(t => t.Path).ToList();

    /// <summary>A fresh driver (nothing cached) over fresh file objects (read again from disk), run once.</summary>
    public GeneratorDriverRunResult RunCold()
    {
        for (var i = 0; i < _texts.Count; i++)
        {
            _texts[i] = new FileText(_texts[i].Path);
        }

        _driver = Create().RunGenerators(_compilation);
        return _driver.GetRunResult();
    }

    /// <summary>
    /// Drops the last run's state, as a new build's driver does: measured cold runs must not
    /// carry the previous run's tables through their garbage collections.
    /// </summary>
    public void Forget() => _driver = Create();

    /// <summary>Replaces one file's text, as an editor's save does, and runs the driver again.</summary>
    public GeneratorDriverRunResult Edit(string path, string text)
    {
        var index = _texts.FindIndex(t => t.Path == path);
        var replacement = new MemoryText(path, text);
        _driver = _driver.ReplaceAdditionalText(_texts[index], replacement).RunGenerators(_compilation);
        _texts[index] = replacement;
        return _driver.GetRunResult();
    }

    private GeneratorDriver Create() => CSharpGeneratorDriver.Create(
        [_generator.AsSourceGenerator()],
        _texts,
        ParseOptions,
        _options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: _trackSteps));

    private sealed class FileText(string path) : AdditionalText
    {
        private SourceText? _text;

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text ??= SourceText.From(File.ReadAllText(Path));
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(string root, HashSet<string> content) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);
        private static readonly Options Content = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.FactBaseContent", "true"));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty
            .Add("build_property.FactBaseNamespace", "Bench.Content")
            .Add("build_property.FactBaseContentRoot", root));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => content.Contains(textFile.Path) ? Content : Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
