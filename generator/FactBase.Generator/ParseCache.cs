using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactBase.Generator;

/// <summary>
/// One parse per file text, shared by the generator and the analyzer in the same compiler
/// process: both see the same SourceText for a file, so the second asks the first's answer.
/// Weakly keyed, so a text's entry goes when the text does. Never throws.
/// </summary>
public static class ParseCache
{
    private static readonly ConditionalWeakTable<SourceText, Entry> Entries = new();

    public static ParsedFile Parse(AdditionalText file, GeneratorOptions options, CancellationToken cancellationToken) =>
        Parse(file, options, cancellationToken, out _);

    /// <summary>
    /// The file's parse; <paramref name="frontMatter"/> is its front matter's mapping when this call
    /// parsed it (null when the cache had it, or the front matter is unreadable), for a check that follows at once.
    /// </summary>
    public static ParsedFile Parse(AdditionalText file, GeneratorOptions options, CancellationToken cancellationToken, out YamlMapping? frontMatter)
    {
        frontMatter = null;
        var relative = ContentPaths.Relative(file.Path, options.ContentRoot);
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return FileParser.Parse(new ContentFile(file.Path, relative, string.Empty), options.Read);
            }

            // The lock also keeps the generator and the analyzer from parsing the same text at once.
            var entry = Entries.GetValue(text, _ => new Entry());
            lock (entry)
            {
                if (entry.Parsed is { } cached && cached.Path == file.Path && cached.RelativePath == relative && entry.Options == options.Read)
                {
                    return cached;
                }

                entry.Parsed = FileParser.Parse(new ContentFile(file.Path, relative, text.ToString()), options.Read, out frontMatter);
                entry.Options = options.Read;
                return entry.Parsed;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            frontMatter = null;
            return new ParsedFile(file.Path, relative, null, Body.Empty, new[] { InternalErrors.At(file.Path, e) }.ToEquatableArray());
        }
    }

    /// <summary>Whether more than one of up to 64 content files spread over the list is missing from the cache.</summary>
    public static bool MostlyMissing(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider provider, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var step = Math.Max(1, files.Length / 64);
        var missing = 0;
        for (var i = 0; i < files.Length; i += step)
        {
            if (files[i].GetText(cancellationToken) is { } text && !IsCached(text, files[i].Path, options) && ContentFiles.IsContent(files[i], provider.GetOptions(files[i])) && ++missing > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Files fewer than this are left to the parse step alone.</summary>
    public const int PrefetchThreshold = 64;

    internal static bool IsCached(SourceText text, string path, GeneratorOptions options) =>
        Entries.TryGetValue(text, out var entry) && entry.Parsed is { } parsed && parsed.Path == path && entry.Options == options.Read;

    private sealed class Entry
    {
        public ParsedFile? Parsed { get; set; }

        public ReadOptions? Options { get; set; }
    }
}
