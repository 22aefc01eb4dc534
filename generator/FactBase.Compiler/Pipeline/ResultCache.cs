using System;
using System.Collections.Generic;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// Every reuse of a file's work, in one place, under one rule: <b>a file's result is reused when
/// the file's path, relative path and content hash, and the read options, are those the result was
/// made from; and, for a file checked as a fact, when the schema it was checked against has the key
/// of the schema now; and never when the result records a failure of FactBase's own (FB0900), which
/// is tried again.</b> Nothing else decides: no timestamp, no position, no object's identity.
/// </summary>
/// <remarks>
/// <para>The generator and the analyzer keep one in memory for as long as Roslyn keeps them (the
/// IDE); the command line's watch mode keeps one for the session; the build step loads one from
/// its persistent cache under <c>obj/</c> and saves it back (<see cref="PersistentCache"/>). Each
/// holds one result per file path, the latest, so it never outgrows the content.</para>
/// <para>Lookups are safe from any thread, as the pipeline's workers add results.</para>
/// </remarks>
public sealed class ResultCache
{
    private readonly Dictionary<string, FileResult> _byPath = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public ResultCache()
    {
    }

    public ResultCache(IEnumerable<FileResult> results)
    {
        foreach (var result in results)
        {
            _byPath[result.Path] = result;
        }
    }

    /// <summary>How many results the cache holds.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byPath.Count;
            }
        }
    }

    /// <summary>
    /// The result of <paramref name="file"/>, read with <paramref name="options"/>, when the cache
    /// holds one that the rule lets stand whatever the schema: a kind file's, or a checked file's
    /// (whose <see cref="FileResult.SchemaKey"/> the caller compares with the schema's).
    /// </summary>
    public FileResult? Find(SourceFile file, ReadOptions options)
    {
        FileResult? found;
        lock (_gate)
        {
            _byPath.TryGetValue(file.Path, out found);
        }

        return Matches(found, file, options) ? found : null;
    }

    private static bool Matches(FileResult? result, SourceFile file, ReadOptions options) =>
        result is not null
        && result.Hash == file.Hash
        && string.Equals(result.RelativePath, file.RelativePath, StringComparison.Ordinal)
        && result.Options.Equals(options)
        && !IsFailure(result);

    /// <summary>A failure of FactBase's own (FB0900) says nothing about the file: it is tried again.</summary>
    private static bool IsFailure(FileResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id == Diagnostics.DiagnosticDescriptors.InternalError.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps <paramref name="result"/> as its file's latest.</summary>
    public void Add(FileResult result)
    {
        lock (_gate)
        {
            _byPath[result.Path] = result;
        }
    }

    /// <summary>Forgets the files that are not among <paramref name="files"/> (deleted or renamed).</summary>
    public void Retain(IEnumerable<SourceFile> files)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            keep.Add(file.Path);
        }

        lock (_gate)
        {
            var gone = new List<string>();
            foreach (var path in _byPath.Keys)
            {
                if (!keep.Contains(path))
                {
                    gone.Add(path);
                }
            }

            foreach (var path in gone)
            {
                _byPath.Remove(path);
            }
        }
    }

    /// <summary>Every result, in path order: what the build step persists.</summary>
    public IReadOnlyList<FileResult> Results()
    {
        lock (_gate)
        {
            var results = new List<FileResult>(_byPath.Values);
            results.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return results;
        }
    }
}
