using System;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>A fact as a chunk stores it: the checked fact, its member name in its collection class, its backlinks.</summary>
public sealed record ChunkFact(FactModel Fact, string Member, EquatableArray<BacklinkModel> Backlinks);

/// <summary>
/// Up to <see cref="CSharpEmitter.ChunkSize"/> facts of one kind, in id order: one generated file,
/// re-emitted only when one of its facts changes.
/// </summary>
public sealed record ChunkModel(string Kind, int Index, EquatableArray<ChunkFact> Facts);

/// <summary>A kind and how many chunks its facts fill: what its own file needs beside the schema.</summary>
public sealed record KindLayout(string Kind, int ChunkCount);

/// <summary>The ids of one chunk's facts, in slot order: what the <c>Kb</c> file's id index holds.</summary>
public sealed record ChunkIds(int Kind, int Chunk, EquatableArray<string> Ids);

/// <summary>
/// Every kind's chunk count, every chunk, and every chunk's ids, in kind then id order. The ids
/// change only when a fact is added, removed or renamed, so a body edit leaves the Kb file cached.
/// </summary>
public sealed record Layout(EquatableArray<KindLayout> Kinds, EquatableArray<ChunkModel> Chunks, EquatableArray<ChunkIds> Ids);

/// <summary>
/// What every emitted file shares: the schema and the namespace. Equatable on those two alone;
/// the C# names planned from them are kept beside, planned once per instance.
/// </summary>
public sealed record EmitContext(SchemaModel Schema, string Namespace, int ChunkSize = CSharpEmitter.ChunkSize)
{
    private EmitPlan? _plan;
    private TypeEmitter? _types;

    /// <summary>The C# names of the kinds, their properties and collections.</summary>
    public EmitPlan Plan => _plan ??= EmitPlan.Create(Schema.Kinds, Array.Empty<FactModel>());

    /// <summary>C# type names in the namespace, made valid whatever the property said.</summary>
    public TypeEmitter Types => _types ??= new TypeEmitter(Namespaces.Sanitize(Namespace), Plan);

    public bool Equals(EmitContext? other) =>
        other is not null && (ReferenceEquals(this, other) || (Namespace == other.Namespace && ChunkSize == other.ChunkSize && Schema.Equals(other.Schema)));

    public override int GetHashCode() => Namespace.GetHashCode();
}
