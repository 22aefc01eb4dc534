using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Loading;

/// <summary>
/// Parsed files kept between re-checks (by <c>watch</c>): a file whose path and text are
/// unchanged is not parsed again; only linking runs over the whole knowledge base.
/// </summary>
internal sealed class ParseCache
{
    private readonly Dictionary<string, (ContentFile File, ParsedFile Parsed)> _entries = new(StringComparer.Ordinal);

    public ParsedFile Parse(ContentFile file, ReadOptions options)
    {
        if (_entries.TryGetValue(file.Path, out var entry) && entry.File == file)
        {
            return entry.Parsed;
        }

        // Kept with its front matter's mapping: every re-check checks every file again.
        var parsed = FileParser.Parse(file, options, keepFrontMatter: true);
        _entries[file.Path] = (file, parsed);
        return parsed;
    }

    /// <summary>Forgets files that are gone.</summary>
    public void Retain(IEnumerable<ContentFile> files)
    {
        var keep = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _entries.Keys.Where(k => !keep.Contains(k)).ToList())
        {
            _entries.Remove(gone);
        }
    }
}
