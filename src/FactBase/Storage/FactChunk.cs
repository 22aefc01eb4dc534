using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;

namespace FactBase.Storage;

/// <summary>The compact records of a chunk of facts, as a UTF-8 literal compiled into the assembly's data.</summary>
/// <returns>The records.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> FactData();

/// <summary>Creates a fact from its record; generated once per kind.</summary>
/// <param name="reader">The reader, at the record's first field after the id and path.</param>
/// <param name="id">The fact's id.</param>
/// <param name="path">The fact's file.</param>
/// <returns>The fact.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate Fact FactFactory(ref FactReader reader, string id, string path);

/// <summary>
/// A chunk of the facts of one kind, stored as compact records and created one by one on
/// first use, each exactly once (so a fact is the same object however it is reached). Generated
/// code declares one per chunk; the knowledge base indexes them by id without creating facts.
/// For generated code; not for use by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactChunk
{
    private readonly Fact?[] _facts;
    private readonly KnowledgeBase? _knowledgeBase;
    private readonly FactFactory? _factory;
    private readonly FactData? _data;
    private int[]? _offsets;
    private byte[]? _unpacked;

    /// <summary>A chunk of <paramref name="count"/> facts whose records <paramref name="data"/> holds.</summary>
    public FactChunk(KnowledgeBase knowledgeBase, int count, FactFactory factory, FactData data)
    {
        _knowledgeBase = knowledgeBase;
        _factory = factory;
        _data = data;
        _facts = new Fact?[count];
    }

    private FactChunk(Fact[] facts) => _facts = facts;

    /// <summary>How many facts the chunk holds.</summary>
    public int Count => _facts.Length;

    /// <summary>The fact in <paramref name="slot"/>, created on first use.</summary>
    public Fact Get(int slot) => _facts[slot] ?? Create(slot);

    /// <summary>The facts of the chunks, in order, as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The kind's class.</typeparam>
    public static IEnumerable<T> All<T>(params FactChunk[] chunks)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(chunks);
        foreach (var chunk in chunks)
        {
            for (var slot = 0; slot < chunk.Count; slot++)
            {
                yield return (T)chunk.Get(slot);
            }
        }
    }

    /// <summary>A chunk of facts already created: what the knowledge base indexes when given facts rather than chunks.</summary>
    internal static FactChunk Of(Fact[] facts) => new(facts);

    /// <summary>Adds each fact's id and place to <paramref name="index"/>: for chunks of facts already created.</summary>
    internal void AddIds(Dictionary<string, FactLocation> index)
    {
        {
            for (var slot = 0; slot < _facts.Length; slot++)
            {
                index.TryAdd(_facts[slot]!.Id, new FactLocation(this, 0, 0, slot));
            }

            return;
        }

    }

    private Fact Create(int slot)
    {
        var data = Data();
        var offsets = _offsets ?? Offsets(data);
        var rest = data[offsets[slot]..];
        var record = FactReader.Token(ref rest);
        var reader = new FactReader(record, _knowledgeBase!);
        var id = reader.String();
        var path = reader.String();
        var fact = _factory!(ref reader, id, path);
        return Interlocked.CompareExchange(ref _facts[slot], fact, null) ?? fact;
    }

    /// <summary>
    /// The chunk's records: the literal itself, or, when it starts with <c>!</c>, the records the
    /// build deflated and base64-encoded, unpacked once on the chunk's first use.
    /// </summary>
    private ReadOnlySpan<byte> Data()
    {
        if (_unpacked is { } unpacked)
        {
            return unpacked;
        }

        var data = _data!();
        if (data.IsEmpty || data[0] != (byte)'!')
        {
            return data;
        }

        var bytes = Unpack(data);
        return Interlocked.CompareExchange(ref _unpacked, bytes, null) ?? bytes;
    }

    // A method of its own, so that compiling Data, on every first query, does not load the
    // compression and base64 types for chunks that were never packed.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static byte[] Unpack(ReadOnlySpan<byte> data)
    {
        var packed = new byte[Base64.GetMaxDecodedFromUtf8Length(data.Length - 1)];
        if (Base64.DecodeFromUtf8(data[1..], packed, out _, out var written) != OperationStatus.Done)
        {
            throw new InvalidDataException("A chunk of generated facts is corrupt: rebuild the project.");
        }

        using var records = new MemoryStream();
        using (var inflate = new DeflateStream(new MemoryStream(packed, 0, written), CompressionMode.Decompress))
        {
            inflate.CopyTo(records);
        }

        return records.ToArray();
    }

    private int[] Offsets(ReadOnlySpan<byte> data)
    {
        var offsets = new int[_facts.Length];
        var position = 0;
        for (var slot = 0; slot < offsets.Length; slot++)
        {
            offsets[slot] = position;
            var rest = data[position..];
            FactReader.Token(ref rest);
            position = data.Length - rest.Length;
        }

        return _offsets = offsets;
    }
}

/// <summary>The chunk <paramref name="chunk"/> of the kind numbered <paramref name="kind"/>; generated once, in the Kb class.</summary>
/// <param name="kind">The kind's number in the generated id index.</param>
/// <param name="chunk">The chunk's number within its kind.</param>
/// <returns>The chunk.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate FactChunk FactChunkResolver(int kind, int chunk);

/// <summary>
/// Where a fact is stored: its chunk and its slot there, the chunk found on first use. A class, not
/// a struct, on purpose: the id index is then a Dictionary of reference types, whose code the runtime
/// ships precompiled; a struct value would make the first query JIT the whole dictionary.
/// </summary>
internal sealed class FactLocation(FactChunk? chunk, int kind, int chunkIndex, int slot)
{
    private FactChunk? _chunk = chunk;

    // The fact once created, so that a lookup by id reads it here and not through its chunk's slots.
    // Every thread that sets it sets the same object: the chunk creates each fact once.
    private Fact? _fact;

    public int Slot { get; } = slot;

    public FactChunk Chunk(FactChunkResolver? resolver) => _chunk ??= resolver!(kind, chunkIndex);

    /// <summary>The fact stored here, created on first use.</summary>
    public Fact Fact(FactChunkResolver? resolver) => _fact ??= Chunk(resolver).Get(Slot);
}
