using System;
using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Compiler.Schema;

/// <summary>
/// The schema step's result: the kinds, resolved (unknown bases and cycles cut), and the problems
/// found in the kind files. Equatable on those alone, so that every fact's check stays cached
/// while the kinds are unchanged; the <see cref="KindSchema"/> built from them is kept beside,
/// built once per instance and only read afterwards.
/// </summary>
public sealed record SchemaModel(EquatableArray<KindDefinition> Kinds, EquatableArray<Diagnostic> Diagnostics)
{
    private KindSchema? _schema;

    public static SchemaModel Empty { get; } = new(EquatableArray<KindDefinition>.Empty, EquatableArray<Diagnostic>.Empty);

    /// <summary>The kinds as a schema to check facts against. Building it again reports nothing new: the kinds are resolved.</summary>
    public KindSchema Schema => _schema ??= KindSchema.Build(Kinds, new List<Diagnostic>());

    public bool Equals(SchemaModel? other) =>
        other is not null && (ReferenceEquals(this, other) || (Kinds.Equals(other.Kinds) && Diagnostics.Equals(other.Diagnostics)));

    public override int GetHashCode() => Kinds.Count;
}

/// <summary>The schema step: the kind files (<c>kind: kind</c>) read, resolved and checked for C# name collisions.</summary>
public static class SchemaBuilder
{
    /// <summary>The kind of the files that declare kinds.</summary>
    public const string KindKind = "kind";

    /// <summary>Whether the file declares a kind rather than a fact; what the schema step reads.</summary>
    public static bool IsKindFile(Reading.ParsedFile file) =>
        file.FrontMatter?.Find("kind")?.Value is Reading.YamlScalar { IsPlainEmpty: false, Text: KindKind };

    public static SchemaModel Build(IEnumerable<Reading.ParsedFile> kindFiles)
    {
        var diagnostics = new List<Diagnostic>();
        var kinds = new List<KindDefinition>();
        foreach (var file in Sorted(kindFiles))
        {
            if (file.FrontMatter is { } frontMatter && KindReader.Read(file, frontMatter, diagnostics) is { } kind)
            {
                kinds.Add(kind);
            }
        }

        var schema = KindSchema.Build(kinds, diagnostics);
        new Linking.NameChecker(schema, diagnostics).CheckSchema();
        return new SchemaModel(schema.Kinds.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static List<Reading.ParsedFile> Sorted(IEnumerable<Reading.ParsedFile> files)
    {
        var list = new List<Reading.ParsedFile>(files);
        list.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return list;
    }
}
