using System;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// What one content file yields, and all that the later stages read of it: for a kind file, its
/// kind as declared; for any other file, what its check found (the fact's summary for the link,
/// or the casualty it is); and the problems found in the file alone. The unit every cache keeps
/// (<see cref="ResultCache"/>), the index carries to the generator, and the build step persists.
/// </summary>
/// <remarks>
/// A result is a function of the file's path, its text (by <see cref="Hash"/>), the read options
/// and, for a checked file, the schema (by <see cref="SchemaKey"/>): equality compares those
/// alone, which is all an incremental step needs to know, in a few comparisons.
/// </remarks>
public sealed class FileResult : IEquatable<FileResult>
{
    public FileResult(
        string path,
        string relativePath,
        ContentHash hash,
        ReadOptions options,
        bool isSchemaInput,
        KindDefinition? kind,
        LinkEntry? link,
        ContentHash schemaKey,
        EquatableArray<Diagnostic> diagnostics,
        FactModel? fact = null,
        byte[]? record = null)
    {
        Path = path;
        RelativePath = relativePath;
        Hash = hash;
        Options = options;
        IsSchemaInput = isSchemaInput;
        Kind = kind;
        Link = link;
        SchemaKey = schemaKey;
        Diagnostics = diagnostics;
        Fact = fact;
        Record = record;
    }

    /// <summary>Where the file's diagnostics point: the full path in a build, the path as typed on the command line.</summary>
    public string Path { get; }

    /// <summary>The file's place in the knowledge base, as facts report it: <c>content/people/ryan.md</c>.</summary>
    public string RelativePath { get; }

    public ContentHash Hash { get; }

    public ReadOptions Options { get; }

    /// <summary>Whether the schema reads the file (<see cref="SchemaBuilder.IsSchemaInput"/>): a kind file, or a file under <c>kinds/</c> with no readable kind.</summary>
    public bool IsSchemaInput { get; }

    /// <summary>Whether the file declares a kind (<c>kind: kind</c>): the schema reads it, and it is not checked as a fact.</summary>
    public bool IsKindFile => Link is null;

    /// <summary>The kind a kind file declares, as written (the schema resolves it); null for a kind file that yields none, and for any other file.</summary>
    public KindDefinition? Kind { get; }

    /// <summary>What the link reads of a checked file: its fact's summary, or the casualty it is; null for a kind file.</summary>
    public LinkEntry? Link { get; }

    /// <summary>The schema a checked file was checked against (<see cref="SchemaModel"/>'s key); empty for a kind file.</summary>
    public ContentHash SchemaKey { get; }

    /// <summary>The problems found in this file alone: reading it, and reading its kind or checking its fact.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The checked fact with every value, when this process checked the file and was asked to keep it
    /// (the command line's commands read it; the build step writes its record from it); null otherwise.
    /// </summary>
    public FactModel? Fact { get; }

    /// <summary>
    /// The fact's record as the runtime reads it, without its backlinks (the link adds those), when
    /// the records were asked for (<see cref="CompileOptions.Records"/>); null otherwise.
    /// </summary>
    public byte[]? Record { get; }

    /// <summary>The fact's summary for the link, when the file yielded a fact.</summary>
    public FactSummary? FactSummary => Link?.Fact;

    public bool Equals(FileResult? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Hash == other.Hash
                && SchemaKey == other.SchemaKey
                && string.Equals(Path, other.Path, StringComparison.Ordinal)
                && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
                && Options.Equals(other.Options)));

    public override bool Equals(object? obj) => Equals(obj as FileResult);

    public override int GetHashCode() => Hash.GetHashCode();
}
