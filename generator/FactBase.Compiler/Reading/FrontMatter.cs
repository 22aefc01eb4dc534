using System;
using System.Collections.Generic;
using System.Threading;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Compiler.Reading;

/// <summary>
/// A file's front matter, read without error: where its YAML lies in the file's text, the kind it
/// declares, and its mapping (<see cref="Read"/>). Equal when the YAML and its place in the file
/// are, which makes the mappings equal too, spans included.
/// </summary>
/// <remarks>
/// The mapping is kept only where asked (the files the schema reads, and the command line's watch
/// mode). A fact file's mapping goes to its check straight from the parse
/// (<see cref="FileParser.Parse(ContentFile, ReadOptions, out YamlMapping?)"/>), or is read again
/// from the text where it is needed later (an edit, a schema change). Kept, the mappings of 10,000
/// facts are some 700,000 small objects that the caches hold for the whole build, and that every
/// garbage collection of a cold run copied: the largest part of its pauses (docs/performance.md).
/// </remarks>
public sealed class FrontMatter : IEquatable<FrontMatter>
{
    private readonly string _path;
    private readonly string _text;
    private readonly FrontMatterSplit _split;
    private readonly ReadOptions _options;
    private readonly YamlMapping? _kept;
    private int _readsAgain;

    internal FrontMatter(string path, string text, FrontMatterSplit split, ReadOptions options, YamlMapping mapping, string? kind, bool keep)
    {
        _path = path;
        _text = text;
        _split = split;
        _options = options;
        _kept = keep ? mapping : null;
        Kind = kind;
    }

    /// <summary>The kind the file declares (<see cref="KindOf"/>).</summary>
    public string? Kind { get; }

    /// <summary>How many times the mapping was read again from the text (for tests: a cold run should read each once).</summary>
    internal int ReadsAgain => Volatile.Read(ref _readsAgain);

    /// <summary>The front matter as a mapping: the one kept, or the same read again from the text.</summary>
    public YamlMapping Read()
    {
        if (_kept is not null)
        {
            return _kept;
        }

        Interlocked.Increment(ref _readsAgain);
        // The same text read with the same options: no diagnostic (they came with the parse), the same mapping.
        return FrontMatterReader.Read(_path, _text, _split, _options, new List<Diagnostic>())
            ?? throw new InvalidOperationException("The front matter was read once and cannot be read again.");
    }

    /// <summary>The kind a mapping declares: the value of its <c>kind</c> key when that is a single value, not empty; else null.</summary>
    public static string? KindOf(YamlMapping mapping) =>
        mapping.Find("kind")?.Value is YamlScalar { IsPlainEmpty: false } kind ? kind.Text : null;

    public bool Equals(FrontMatter? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (_split.YamlStart == other._split.YamlStart
                && _split.YamlLength == other._split.YamlLength
                && _split.YamlFirstLine == other._split.YamlFirstLine
                && _options.Equals(other._options)
                && string.CompareOrdinal(_text, _split.YamlStart, other._text, other._split.YamlStart, _split.YamlLength) == 0));

    public override bool Equals(object? obj) => Equals(obj as FrontMatter);

    public override int GetHashCode() => (_split.YamlLength * 397) ^ _split.YamlStart;
}
