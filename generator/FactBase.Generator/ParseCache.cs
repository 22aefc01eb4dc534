using System;
using System.Runtime.CompilerServices;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Reading;
using Microsoft.CodeAnalysis;
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

    public static ParsedFile Parse(AdditionalText file, GeneratorOptions options, CancellationToken cancellationToken)
    {
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

                entry.Parsed = FileParser.Parse(new ContentFile(file.Path, relative, text.ToString()), options.Read);
                entry.Options = options.Read;
                return entry.Parsed;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParsedFile(file.Path, relative, null, Body.Empty, new[] { InternalErrors.At(file.Path, e) }.ToEquatableArray());
        }
    }

    private sealed class Entry
    {
        public ParsedFile? Parsed { get; set; }

        public ReadOptions? Options { get; set; }
    }
}
