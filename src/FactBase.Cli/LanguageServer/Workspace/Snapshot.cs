using System;
using System.Collections.Generic;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// The content compiled whole by the one pipeline (<see cref="ContentPipeline"/>), as the build
/// compiles it, at one generation of the files: every file's result, the link, every file's
/// diagnostics, and the indexes the editor's requests and the views over it read. Immutable once
/// made; the indexes are made with it, on the analysis's background thread, so that the first edit
/// after a snapshot does not wait for them.
/// </summary>
internal sealed class Snapshot
{
    private readonly Dictionary<string, List<Diagnostic>> _linkDiagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Diagnostic>> _ownDiagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Reference>> _references = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Name), string> _memberNames = [];
    private readonly Dictionary<string, List<string>> _idsByKind = new(StringComparer.Ordinal);
    private readonly List<Reference> _unresolved = [];

    private Snapshot(long generation, IReadOnlyList<SourceFile> inputs, FileResults files, LinkResult link)
    {
        Generation = generation;
        Files = files;
        Link = link;
        foreach (var input in inputs)
        {
            Inputs[input.Path] = input;
        }

        foreach (var result in files.Results)
        {
            Results[result.Path] = result;
            if (result.Link?.Casualty is { } casualty)
            {
                Casualties.Add((result.Path, casualty));
            }

            if (result.FactSummary is { } fact && !link.IsDropped(fact.Path))
            {
                FactsById[fact.Id] = fact;
            }

            Add(_ownDiagnostics, result.Diagnostics);
        }

        Add(_ownDiagnostics, files.Schema.Diagnostics);
        Add(_linkDiagnostics, link.Diagnostics);
        foreach (var diagnostic in link.Diagnostics)
        {
            // Clashes between files, which only the whole link can settle (see WorkspaceView).
            HasClashes |= diagnostic.Id is "FB0300" or "FB0301" or "FB0900";
        }

        IndexReferences();
        foreach (var fact in FactsById.Values)
        {
            _memberNames.TryAdd((fact.Kind, Naming.Pascal(fact.Id)), fact.Id);
            if (!_idsByKind.TryGetValue(fact.Kind, out var ids))
            {
                _idsByKind[fact.Kind] = ids = [];
            }

            ids.Add(fact.Id);
        }
    }

    /// <summary>The generation of the files this was compiled from.</summary>
    public long Generation { get; }

    public FileResults Files { get; }

    public LinkResult Link { get; }

    public SchemaModel Schema => Files.Schema;

    public KindSchema Kinds => Files.Schema.Schema;

    public Dictionary<string, SourceFile> Inputs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FileResult> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>The facts the link kept, by id.</summary>
    public Dictionary<string, FactSummary> FactsById { get; } = new(StringComparer.Ordinal);

    /// <summary>The fact files that yielded no fact: each one's path, and the relative path the link reads.</summary>
    public List<(string Path, string RelativePath)> Casualties { get; } = [];

    /// <summary>Whether the link found ids or C# names claimed twice (or failed).</summary>
    public bool HasClashes { get; }

    /// <summary>Every id written in a fact that no fact kept has: the refs whose "did you mean" the ids of others decide.</summary>
    public IReadOnlyList<Reference> Unresolved => _unresolved;

    /// <summary>Compiles the files, reusing what <paramref name="cache"/> holds: only the files that changed are read again.</summary>
    public static Snapshot Compile(IReadOnlyList<SourceFile> files, long generation, CompileOptions options, ResultCache cache, CancellationToken cancellation)
    {
        var read = ContentPipeline.Read(files, options, cache, cancellationToken: cancellation);

        // The link takes no token: a compile cancelled during it stops once it returns.
        cancellation.ThrowIfCancellationRequested();
        var link = ContentPipeline.Link(read);
        cancellation.ThrowIfCancellationRequested();
        return new Snapshot(generation, files, read, link);
    }

    /// <summary>The problems found in the file alone, and in the kind it declares.</summary>
    public IReadOnlyList<Diagnostic> OwnDiagnostics(string path) => _ownDiagnostics.TryGetValue(path, out var found) ? found : [];

    /// <summary>Every problem in the file: its own and the link's, in the order of their places.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics(string path) => Merge(OwnDiagnostics(path), _linkDiagnostics.GetValueOrDefault(path));

    /// <summary>The paths that have diagnostics.</summary>
    public IEnumerable<string> PathsWithDiagnostics()
    {
        foreach (var path in _ownDiagnostics.Keys)
        {
            yield return path;
        }

        foreach (var path in _linkDiagnostics.Keys)
        {
            if (!_ownDiagnostics.ContainsKey(path))
            {
                yield return path;
            }
        }
    }

    /// <summary>Every id written in a fact, naming <paramref name="id"/>: who refers to it.</summary>
    public IReadOnlyList<Reference> ReferencesTo(string id) => _references.TryGetValue(id, out var found) ? found : [];

    /// <summary>The ids of the facts the link kept whose own kind is <paramref name="kind"/> (not the kinds that extend it).</summary>
    public IReadOnlyList<string> IdsOfOwnKind(string kind) => _idsByKind.TryGetValue(kind, out var found) ? found : [];

    /// <summary>The id that holds a C# member name in a kind's collection, if any.</summary>
    public string? MemberNameOwner(string kind, string memberName) => _memberNames.GetValueOrDefault((kind, memberName));

    /// <summary>Two lists of one file's diagnostics as one, in the order of their places (the same however they were found).</summary>
    public static IReadOnlyList<Diagnostic> Merge(IReadOnlyList<Diagnostic> first, IReadOnlyList<Diagnostic>? second)
    {
        var all = new List<Diagnostic>(first.Count + (second?.Count ?? 0));
        all.AddRange(first);
        all.AddRange(second ?? []);
        all.Sort(static (a, b) =>
        {
            var order = a.Span.Line.CompareTo(b.Span.Line);
            order = order != 0 ? order : a.Span.Column.CompareTo(b.Span.Column);
            return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
        });
        return all;
    }

    /// <summary>Every id written in a fact, by the id; and those no fact has.</summary>
    private void IndexReferences()
    {
        foreach (var result in Files.Results)
        {
            if (result.FactSummary is not { } fact)
            {
                continue;
            }

            foreach (var reference in Reference.Of(fact, Kinds))
            {
                if (!_references.TryGetValue(reference.TargetId, out var list))
                {
                    _references[reference.TargetId] = list = [];
                }

                list.Add(reference);
                if (!FactsById.ContainsKey(reference.TargetId))
                {
                    _unresolved.Add(reference);
                }
            }
        }
    }

    private static void Add(Dictionary<string, List<Diagnostic>> byPath, EquatableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (!byPath.TryGetValue(diagnostic.Path, out var list))
            {
                byPath[diagnostic.Path] = list = [];
            }

            list.Add(diagnostic);
        }
    }
}
