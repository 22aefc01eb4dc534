using System;
using FactBase.Compiler.Common;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>A fact's typed property: its member, its index among its kind's facts, and what its documentation names.</summary>
public sealed record ChunkFact(string Member, int Index, string Id, string RelativePath);

/// <summary>
/// Up to <see cref="EmitContext.ChunkSize"/> facts of one kind, in id order: one generated file of
/// typed properties, emitted again only when a fact is added, removed or renamed in it.
/// </summary>
public sealed record ChunkModel(string Kind, int Index, EquatableArray<ChunkFact> Facts);

/// <summary>
/// The chunk files' models, every kind's in the plan's order, and the stamp that ties the generated
/// code to the records it reads (<see cref="Placement.Stamp"/>). The kinds' own files depend on the
/// schema alone (<see cref="EmitContext"/>).
/// </summary>
public sealed record Layout(EquatableArray<ChunkModel> Chunks, ContentHash Stamp);

/// <summary>
/// What every emitted file shares: the schema, the namespace, the chunk size and the records
/// assembly, with the C# names planned from them. Equatable on those four; the plan is made once,
/// when the context is made, and only read afterwards.
/// </summary>
public sealed class EmitContext : IEquatable<EmitContext>
{
    /// <param name="schema">The kinds.</param>
    /// <param name="namespace">The namespace of the generated types, as the project sets it.</param>
    /// <param name="chunkSize">Facts per generated chunk file.</param>
    /// <param name="recordsAssembly">The records assembly's name; null when the records are embedded in the project's own assembly.</param>
    public EmitContext(SchemaModel schema, string @namespace, int chunkSize = CSharpEmitter.ChunkSize, string? recordsAssembly = null)
    {
        Schema = schema;
        Namespace = @namespace;
        ChunkSize = Math.Max(1, chunkSize);
        RecordsAssembly = recordsAssembly;
        Plan = EmitPlan.Create(schema.Kinds);
        Types = new TypeEmitter(Namespaces.Sanitize(@namespace), Plan);
    }

    public SchemaModel Schema { get; }

    public string Namespace { get; }

    /// <summary>Facts per generated chunk file.</summary>
    public int ChunkSize { get; }

    /// <summary>The records assembly's name (<see cref="RecordsAssemblyName"/>); null when the records are in the project's own assembly.</summary>
    public string? RecordsAssembly { get; }

    /// <summary>The C# names of the kinds, their properties and collections.</summary>
    public EmitPlan Plan { get; }

    /// <summary>C# type names in the namespace, made valid whatever the property said.</summary>
    public TypeEmitter Types { get; }

    public bool Equals(EmitContext? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Namespace == other.Namespace && ChunkSize == other.ChunkSize && RecordsAssembly == other.RecordsAssembly && Schema.Equals(other.Schema)));

    public override bool Equals(object? obj) => Equals(obj as EmitContext);

    public override int GetHashCode() => Namespace.GetHashCode();
}
