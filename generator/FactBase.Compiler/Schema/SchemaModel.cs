using System;
using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Schema;

/// <summary>
/// The schema step's result: the kinds, resolved (unknown bases and cycles cut), the problems
/// found in the kind files, and the files among its input that yielded no kind (casualties: their
/// kind's facts, and refs to them, are not reported again). Equatable on those alone, so that
/// every fact's check stays cached while the kinds are unchanged; the <see cref="KindSchema"/>
/// built from them is kept beside, built once per instance and only read afterwards.
/// </summary>
public sealed record SchemaModel(EquatableArray<KindDefinition> Kinds, EquatableArray<Diagnostic> Diagnostics, EquatableArray<string> CasualtyFiles = default)
{
    private KindSchema? _schema;
    private Casualties? _casualties;

    public static SchemaModel Empty { get; } = new(EquatableArray<KindDefinition>.Empty, EquatableArray<Diagnostic>.Empty, EquatableArray<string>.Empty);

    /// <summary>The kinds as a schema to check facts against. Building it again reports nothing new: the kinds are resolved.</summary>
    public KindSchema Schema => _schema ??= KindSchema.Build(Kinds, new List<Diagnostic>());

    /// <summary>The casualties of <see cref="CasualtyFiles"/>: broken kind files' ids and kinds.</summary>
    public Casualties Casualties => _casualties ??= Casualties.Of(CasualtyFiles);

    public bool Equals(SchemaModel? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Kinds.Equals(other.Kinds) && Diagnostics.Equals(other.Diagnostics) && CasualtyFiles.Equals(other.CasualtyFiles)));

    public override int GetHashCode() => Kinds.Count;
}

/// <summary>
/// The schema step: the kind files (<c>kind: kind</c>) read, resolved and checked for C# name
/// collisions; and the files under <c>kinds/</c> whose kind cannot be read, noted as broken kinds.
/// </summary>
public static class SchemaBuilder
{
    /// <summary>The kind of the files that declare kinds.</summary>
    public const string KindKind = "kind";

    /// <summary>Whether the file declares a kind rather than a fact; what the schema step reads.</summary>
    public static bool IsKindFile(ParsedFile file) => file.FrontMatter?.Kind == KindKind;

    /// <summary>
    /// Whether the schema step reads the file: a kind file, or a file under <c>kinds/</c> with no
    /// readable kind (no front matter, no kind, or not a single value), which takes its kind down.
    /// Such a file is checked too, as a fact file: that is where its error is reported.
    /// </summary>
    public static bool IsSchemaInput(ParsedFile file) =>
        IsKindFile(file)
        || (Casualties.IsUnderKinds(file.RelativePath) && file.FrontMatter?.Kind is null);

    /// <summary>
    /// Whether the schema may read a file with this path and declared kind: the parse keeps such a
    /// file's front matter (<see cref="FrontMatter"/>). More than <see cref="IsSchemaInput"/> accepts, never less.
    /// </summary>
    public static bool MayRead(string relativePath, string? kind) => kind == KindKind || Casualties.IsUnderKinds(relativePath);

    /// <summary>
    /// Builds the schema from the kind files' results (their kinds as declared) and the other schema
    /// inputs that yielded no kind (<paramref name="casualtyFiles"/>, relative paths: their kinds' facts,
    /// and refs to them, are not reported again). Never throws.
    /// </summary>
    public static SchemaModel Build(IEnumerable<FileResult> kindFiles, IEnumerable<string> casualtyFiles)
    {
        var sorted = new List<FileResult>(kindFiles);
        sorted.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        var casualties = new List<string>(casualtyFiles);
        try
        {
            return BuildUnguarded(sorted, casualties);
        }
        catch (Exception e) when (InternalErrors.IsReportable(e))
        {
            var path = sorted.Count > 0 ? sorted[0].Path : string.Empty;
            return new SchemaModel(EquatableArray<KindDefinition>.Empty, new[] { InternalErrors.At(path, e) }.ToEquatableArray(), EquatableArray<string>.Empty);
        }
    }

    private static SchemaModel BuildUnguarded(List<FileResult> kindFiles, List<string> casualtyFiles)
    {
        var diagnostics = new List<Diagnostic>();
        var kinds = new List<KindDefinition>();
        foreach (var file in kindFiles)
        {
            if (file.Kind is { } kind)
            {
                kinds.Add(kind);
            }
            else
            {
                casualtyFiles.Add(file.RelativePath);
            }
        }

        casualtyFiles.Sort(StringComparer.Ordinal);
        var casualties = Casualties.Of(casualtyFiles);
        var schema = KindSchema.Build(kinds, diagnostics, casualties.HasKind);
        new NameChecker(schema, diagnostics).CheckSchema();
        return new SchemaModel(schema.Kinds.ToEquatableArray(), diagnostics.ToEquatableArray(), casualtyFiles.ToEquatableArray());
    }
}
