using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using FactBase.Compiler.Emitting;

namespace FactBase.Generator;

/// <summary>
/// Chunks emitted ahead of their step, on every core. Roslyn runs the emit step of each chunk
/// one after the other on one thread, and emitting is the largest part of a cold run after
/// parsing; the layout step, which sees every chunk, emits the ones not emitted yet in parallel,
/// and each chunk's step then takes its text from here. Keyed by the chunk model itself, so an
/// entry lives as long as the model, and an edited chunk (a new model) is emitted again.
/// </summary>
internal static class EmitCache
{
    /// <summary>Chunks fewer than this (some 500 facts) are left to their steps: starting workers would cost more than it saves.</summary>
    private const int PrefetchThreshold = 16;

    private static readonly ConditionalWeakTable<ChunkModel, Entry> Entries = new();

    public static void Prefetch(EmitContext context, IReadOnlyList<ChunkModel> chunks, Func<EmitContext, ChunkModel, EmitOutput> emit, CancellationToken cancellationToken)
    {
        var missing = new List<ChunkModel>();
        foreach (var chunk in chunks)
        {
            if (!TryGet(context, chunk, out _))
            {
                missing.Add(chunk);
            }
        }

        if (missing.Count < PrefetchThreshold)
        {
            return;
        }

        HeadStart.Run(
            missing,
            chunk =>
            {
                var output = emit(context, chunk);
                var entry = Entries.GetValue(chunk, _ => new Entry());
                lock (entry)
                {
                    entry.Emitted = (context, output);
                }
            },
            cancellationToken);
    }

    public static bool TryGet(EmitContext context, ChunkModel chunk, out EmitOutput output)
    {
        if (Entries.TryGetValue(chunk, out var entry))
        {
            lock (entry)
            {
                if (entry.Emitted is var (emittedIn, emitted) && (ReferenceEquals(emittedIn, context) || emittedIn.Equals(context)))
                {
                    output = emitted;
                    return true;
                }
            }
        }

        output = null!;
        return false;
    }

    private sealed class Entry
    {
        public (EmitContext Context, EmitOutput Output)? Emitted { get; set; }
    }
}
