using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Generator;

/// <summary>
/// The check of every file, in one step over all of them, each file checked again only when its
/// parse or the schema changed. One step rather than one per file because Roslyn walks every node
/// with an entry per file on every run, about a millisecond per node at 10,000 files, and a
/// per-file check took three such nodes (the combine with the schema, the check, the summary);
/// and because one step can check a cold run's files on every core.
/// An unchanged file is found by position first (<see cref="LastRun{TInput, TResult}"/>: the same
/// parse object where it was), then by its parse (a file added or removed shifts the others).
/// </summary>
internal sealed class CheckCache
{
    /// <summary>Files fewer than this are checked on the calling thread alone.</summary>
    private const int ParallelThreshold = 64;

    private readonly ConditionalWeakTable<ParsedFile, Entry> _entries = new();
    private readonly LastRun<ParsedFile, Checked?> _lastRun = new();
    private readonly object _gate = new();
    private SchemaModel? _schema;

    // The last schema found equal to _schema from another object: the pipeline hands the same one on
    // every run until a kind changes, so an edit compares references, not two schemas.
    private SchemaModel? _sameAsSchema;

    /// <summary>
    /// Takes <paramref name="schema"/> as the one checks are made against, until an unequal one comes:
    /// an equal schema from another object (the pipeline's, after <see cref="ColdStart"/>'s) is taken
    /// as this one, since entries compare their schema by reference. Returns the schema to check against.
    /// </summary>
    public SchemaModel Expect(SchemaModel schema)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_schema, schema) || ReferenceEquals(_sameAsSchema, schema))
            {
                return _schema!;
            }

            if (_schema is not null && _schema.Equals(schema))
            {
                _sameAsSchema = schema;
                return _schema;
            }

            (_schema, _sameAsSchema) = (schema, null);
            return schema;
        }
    }

    /// <summary>Keeps a check made ahead of the step (<see cref="ColdStart"/>), against the schema <see cref="Expect"/> returned.</summary>
    public void Add(ParsedFile file, SchemaModel schema, DiagnosticReporter reporter, CheckedFile result) => Keep(file, schema, reporter, result);

    /// <summary>The check of each file that is content and not a kind file, in the order of <paramref name="files"/>.</summary>
    public CheckedFiles CheckAll(
        ImmutableArray<ParsedFile?> files,
        SchemaModel schema,
        DiagnosticReporter reporter,
        Func<ParsedFile, SchemaModel, CheckedFile> check,
        CancellationToken cancellationToken)
    {
        schema = Expect(schema);
        var context = (schema, reporter);
        var results = _lastRun.Reuse(files, context, out var changed);
        var missing = new List<int>();
        foreach (var i in changed)
        {
            if (files[i] is not { } file || SchemaBuilder.IsKindFile(file))
            {
                continue;
            }

            if (_entries.TryGetValue(file, out var entry) && entry.Read(schema, reporter) is { } found)
            {
                results[i] = found;
            }
            else
            {
                missing.Add(i);
            }
        }

        void CheckOne(int index)
        {
            var file = files[index]!;
            results[index] = Keep(file, schema, reporter, check(file, schema));
        }

        // A cold run or a schema edit checks every file, on every core; an edit checks one, here.
        if (missing.Count >= ParallelThreshold)
        {
            HeadStart.Run(missing, CheckOne, cancellationToken);
        }

        foreach (var index in missing)
        {
            if (results[index] is null)
            {
                CheckOne(index);
            }
        }

        _lastRun.Remember(files, context, results);
        var checkedFiles = new List<CheckedFile>(results.Length);
        var entries = new List<LinkEntry>(results.Length);
        foreach (var result in results)
        {
            if (result is not null)
            {
                checkedFiles.Add(result.File);
                entries.Add(result.Entry);
            }
        }

        return new CheckedFiles(new EquatableArray<CheckedFile>(checkedFiles.ToArray()), new EquatableArray<LinkEntry>(entries.ToArray()));
    }

    private Checked Keep(ParsedFile file, SchemaModel schema, DiagnosticReporter reporter, CheckedFile result)
    {
        var @checked = new Checked(result, result.Entry);
        _entries.GetValue(file, _ => new Entry()).Write(schema, reporter, @checked);
        return @checked;
    }

    /// <summary>A file's check and its link entry, made once.</summary>
    private sealed class Checked(CheckedFile file, LinkEntry entry)
    {
        public CheckedFile File { get; } = file;

        public LinkEntry Entry { get; } = entry;
    }

    /// <summary>A file's last check and what it was checked with.</summary>
    private sealed class Entry
    {
        private readonly object _gate = new();
        private (SchemaModel Schema, DiagnosticReporter Reporter, Checked Result)? _checked;

        public Checked? Read(SchemaModel schema, DiagnosticReporter reporter)
        {
            lock (_gate)
            {
                // The schema by reference: an equal schema from another object is rare (a kind file saved
                // unchanged keeps Roslyn's cached one), and comparing it whole for each of 10,000 files is not.
                return _checked is var (checkedWith, reportedBy, result) && ReferenceEquals(checkedWith, schema) && reportedBy == reporter ? result : null;
            }
        }

        public void Write(SchemaModel schema, DiagnosticReporter reporter, Checked result)
        {
            lock (_gate)
            {
                _checked = (schema, reporter, result);
            }
        }
    }
}
