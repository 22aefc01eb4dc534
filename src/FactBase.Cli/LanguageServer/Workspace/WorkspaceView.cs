using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.LanguageServer.Workspace;

/// <summary>
/// The content as the editor's requests see it: the last <see cref="Snapshot"/>, with the files
/// changed since read and checked again on their own, by the same public steps the pipeline runs
/// (<see cref="FileParser"/>, <see cref="FileChecker"/>), and resolved again by the linker's own
/// <see cref="RefResolver"/> against every fact. That is the link's whole answer unless ids or C#
/// names clash, or a kind changed: then the view is not <see cref="Exact"/>, and only a new snapshot
/// says what the build says. Either way the snapshot that follows has the last word.
/// </summary>
/// <remarks>
/// Which files an edit resolves again, the rule of this view's reuse of the snapshot's link: a file
/// not changed since the snapshot keeps the snapshot's diagnostics, unless (1) it names an id that a
/// changed file held or holds, where that file's id, kind or casualty (no fact, so refs to its
/// name are not reported) is not what it was, or (2) one of its ids names no fact and is within a
/// "did you mean" of an id that came or went, whose suggestion may be another now. Nothing else in
/// another file's link depends on a changed file (clashes aside, which make the view inexact).
/// <c>IncrementalDiagnosticsTests</c> holds the rule to a fresh check after each of a run of edits.
/// </remarks>
internal sealed class WorkspaceView
{
    private readonly Dictionary<string, ChangedFile?> _changed;
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _diagnostics = new(StringComparer.Ordinal);

    private WorkspaceView(Snapshot snapshot, long generation, Dictionary<string, ChangedFile?> changed, FactIndex facts, bool exact)
    {
        Snapshot = snapshot;
        Generation = generation;
        _changed = changed;
        Facts = facts;
        Exact = exact;
    }

    public Snapshot Snapshot { get; }

    /// <summary>The generation of the files this view holds.</summary>
    public long Generation { get; }

    /// <summary>Whether every file's diagnostics here are the build's (see the class summary).</summary>
    public bool Exact { get; }

    /// <summary>The facts, by id, with the changed files' in place of theirs.</summary>
    public FactIndex Facts { get; }

    public KindSchema Kinds => Snapshot.Kinds;

    /// <summary>The files whose diagnostics may differ from the snapshot's: the changed ones and those that refer to them.</summary>
    public IEnumerable<string> DiagnosedPaths => _diagnostics.Keys;

    /// <summary>The snapshot alone, as it was compiled.</summary>
    public static WorkspaceView Of(Snapshot snapshot) => new(snapshot, snapshot.Generation, new(StringComparer.Ordinal), new FactIndex(snapshot, new Dictionary<string, ChangedFile?>()), exact: true);

    /// <summary>The snapshot with <paramref name="changes"/> (each file as it is now, null when gone) read and linked again.</summary>
    public static WorkspaceView Over(Snapshot snapshot, IReadOnlyDictionary<string, SourceFile?> changes, long generation, CompileOptions options)
    {
        var changed = new Dictionary<string, ChangedFile?>(StringComparer.Ordinal);
        var exact = !snapshot.HasClashes;
        foreach (var (path, file) in changes)
        {
            var before = snapshot.Inputs.GetValueOrDefault(path);
            if (file is null ? before is null : file.Equals(before))
            {
                continue; // back as it was compiled
            }

            if (before is not null && snapshot.Results[path].IsSchemaInput)
            {
                exact = false; // a kind changed: every fact may check differently
                continue;
            }

            if (file is null)
            {
                changed[path] = null;
                continue;
            }

            var parsed = FileParser.Parse(file.Read(), options.Read, out var mapping);
            if (SchemaBuilder.IsSchemaInput(parsed))
            {
                exact = false;
                continue;
            }

            var result = FileChecker.Check(parsed, snapshot.Schema, mapping);
            var own = new List<Diagnostic>(parsed.Diagnostics);
            own.AddRange(result.Diagnostics);
            changed[path] = new ChangedFile(file, result.Fact, result.Summary, own, result.Casualty);
        }

        var facts = new FactIndex(snapshot, changed);
        exact &= !facts.HasClash && !NamesClash(snapshot, changed);
        var view = new WorkspaceView(snapshot, generation, changed, facts, exact);
        if (exact && changed.Count > 0)
        {
            view.Relink();
        }

        return view;
    }

    /// <summary>The file's diagnostics as the build would report them (when <see cref="Exact"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics(string path) =>
        _diagnostics.TryGetValue(path, out var found) ? found : Snapshot.Diagnostics(path);

    /// <summary>The fact a content file holds now, if it yields one the link keeps.</summary>
    public FactSummary? FactIn(string path)
    {
        var fact = _changed.TryGetValue(path, out var changed) ? changed?.Summary : Snapshot.Results.GetValueOrDefault(path)?.FactSummary;
        return fact is not null && Facts.Find(fact.Id) == fact ? fact : null;
    }

    /// <summary>The checked fact, with its values, of a fact summary.</summary>
    public FactModel? Model(FactSummary fact) =>
        _changed.TryGetValue(fact.Path, out var changed) ? changed?.Fact : Snapshot.Results.GetValueOrDefault(fact.Path)?.Fact;

    /// <summary>Every id written in a fact, naming <paramref name="id"/>.</summary>
    public IEnumerable<Reference> ReferencesTo(string id)
    {
        foreach (var reference in Snapshot.ReferencesTo(id))
        {
            if (!_changed.ContainsKey(reference.From.Path))
            {
                yield return reference;
            }
        }

        foreach (var file in _changed.Values)
        {
            if (file?.Summary is { } fact)
            {
                foreach (var reference in Reference.Of(fact, Kinds))
                {
                    if (reference.TargetId == id)
                    {
                        yield return reference;
                    }
                }
            }
        }
    }

    /// <summary>Whether a changed fact takes a C# member name that another fact of its kind holds.</summary>
    private static bool NamesClash(Snapshot snapshot, Dictionary<string, ChangedFile?> changed)
    {
        var taken = new HashSet<(string, string)>();
        foreach (var file in changed.Values)
        {
            if (file?.Summary is not { } fact)
            {
                continue;
            }

            var name = Naming.Pascal(fact.Id);
            var owner = snapshot.MemberNameOwner(fact.Kind, name);
            var ownerMoved = owner is not null && snapshot.FactsById.TryGetValue(owner, out var held) && changed.ContainsKey(held.Path);
            if ((owner is not null && owner != fact.Id && !ownerMoved) || !taken.Add((fact.Kind, name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The link's diagnostics for the changed facts, and for every fact that names an id they add,
    /// drop or move (or an id their file names, when a file yields no fact), by the linker's own checks.
    /// </summary>
    private void Relink()
    {
        var casualtyPaths = new List<string>(Snapshot.Schema.CasualtyFiles);
        foreach (var (path, relativePath) in Snapshot.Casualties)
        {
            if (!_changed.ContainsKey(path))
            {
                casualtyPaths.Add(relativePath);
            }
        }

        var affected = new HashSet<string>(StringComparer.Ordinal);
        var movedIds = new List<string>();
        var relinked = new List<FactSummary>();
        foreach (var (path, file) in _changed)
        {
            if (file?.Casualty is { } casualty)
            {
                casualtyPaths.Add(casualty);
            }

            if (file?.Summary is { } fact)
            {
                relinked.Add(fact);
            }

            var before = Snapshot.Results.GetValueOrDefault(path);
            if (SameClaims(before, file))
            {
                continue; // its id and kind as they were: every ref to it resolves as before
            }

            if (before is not null)
            {
                if (before.FactSummary is { } old)
                {
                    affected.Add(old.Id);
                    movedIds.Add(old.Id);
                }

                AddStem(affected, before.RelativePath);
            }

            if (file is not null)
            {
                AddStem(affected, file.File.RelativePath);
                if (file.Summary is { } now)
                {
                    affected.Add(now.Id);
                    movedIds.Add(now.Id);
                }
            }
        }

        var dependents = new Dictionary<string, FactSummary>(StringComparer.Ordinal);
        foreach (var id in affected)
        {
            foreach (var reference in Snapshot.ReferencesTo(id))
            {
                if (!_changed.ContainsKey(reference.From.Path))
                {
                    dependents[reference.From.Path] = reference.From;
                }
            }
        }

        // A ref no fact answers is reported with the nearest id of its kind: an id that came or went
        // near it may change that "did you mean".
        if (movedIds.Count > 0)
        {
            foreach (var reference in Snapshot.Unresolved)
            {
                if (!_changed.ContainsKey(reference.From.Path) && Suggestions.Closest(reference.TargetId, movedIds) is not null)
                {
                    dependents[reference.From.Path] = reference.From;
                }
            }
        }

        var diagnostics = new List<Diagnostic>();
        relinked.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        new NameChecker(Kinds, diagnostics).CheckFacts(relinked);
        var resolver = new RefResolver(Kinds, Facts, Casualties.Of(casualtyPaths), diagnostics, Facts.IdsOf);
        foreach (var fact in relinked.Concat(dependents.Values))
        {
            resolver.Resolve(fact);
        }

        var linkByPath = diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
        foreach (var (path, file) in _changed)
        {
            _diagnostics[path] = Snapshot.Merge(file?.Own ?? [], [.. linkByPath[path]]);
        }

        foreach (var path in dependents.Keys)
        {
            _diagnostics[path] = Snapshot.Merge(Snapshot.OwnDiagnostics(path), [.. linkByPath[path]]);
        }
    }

    /// <summary>Whether a changed file claims what it claimed in the snapshot: the same fact id and kind, or the same casualty, or nothing.</summary>
    private static bool SameClaims(FileResult? before, ChangedFile? now) =>
        before?.FactSummary?.Id == now?.Summary?.Id
        && before?.FactSummary?.Kind == now?.Summary?.Kind
        && before?.Link?.Casualty == now?.Casualty;

    /// <summary>The ids a file's name gives (<c>texas</c> for <c>Texas.md</c> too): refs to them are not reported while the file yields no fact.</summary>
    private static void AddStem(HashSet<string> ids, string relativePath)
    {
        var name = relativePath.Substring(relativePath.LastIndexOf('/') + 1);
        var stem = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        ids.Add(stem);
        ids.Add(Ids.ToKebabCase(stem));
    }
}
