using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// What the build step was given: the content files (full paths; files that are not content, as the
/// generator tells them, are left out), where their root is, the limits, and where to write.
/// </summary>
public sealed record BuildStepInput(IReadOnlyList<string> Files, string ContentRoot, ReadOptions Options, string OutputDirectory);

/// <summary>What the build step made: its two outputs, the problems found, and what it did, for its log line and for tests.</summary>
/// <param name="Records">The records resource (<see cref="RecordsResource"/>).</param>
/// <param name="Index">The generator's index (<see cref="ContentIndex"/>).</param>
/// <param name="Diagnostics">Every problem in the content, for the build to report.</param>
/// <param name="Files">The content files.</param>
/// <param name="Read">How many of them were read and checked; the others' results came from the cache.</param>
/// <param name="CacheProblem">Why the persistent cache was not used, when it was there and was not.</param>
public sealed record BuildStepResult(byte[] Records, string Index, EquatableArray<Diagnostic> Diagnostics, int Files, int Read, string? CacheProblem);

/// <summary>
/// The build step, which runs before the compiler (FactBase.targets' <c>CompileContent</c> task):
/// the one pipeline over the content, incremental between command-line builds through the
/// persistent cache (<see cref="PersistentCache"/>), and its two outputs: the records
/// (<see cref="RecordsResource"/>), and the index the generator reads instead of the content
/// (<see cref="ContentIndex"/>). Its host writes them, and reports the diagnostics.
/// </summary>
public static class BuildStep
{
    /// <summary>How long a build waits for another build of the same project to let go of the cache.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs the step under the cache's lock, and hands the result to <paramref name="writeOutputs"/>
    /// before letting go of it, so that a parallel build of the same project never leaves the records of
    /// one build beside the index of another. The outputs come before the cache is saved: the build
    /// waits for them, not for the cache, which only the next build reads (a host may answer its build
    /// from <paramref name="writeOutputs"/>). Either order is safe should the process die between the
    /// two: outputs are rewritten whenever they differ, and a stale or missing cache is only less reuse.
    /// </summary>
    public static BuildStepResult Run(BuildStepInput input, Action<BuildStepResult>? writeOutputs = null, CancellationToken cancellationToken = default)
    {
        var (files, texts) = ReadFiles(input, cancellationToken);
        var pathOf = PathsByRelativePath(files);
        using var cache = PersistentCache.Open(input.OutputDirectory, relative => pathOf.TryGetValue(relative, out var path) ? path : relative, LockTimeout);
        var before = cache.Results.Results();
        var read = 0;
        var compiled = ContentPipeline.Compile(files, new CompileOptions(input.Options, Records: true), cache.Results, () => Interlocked.Increment(ref read), cancellationToken);
        texts.Clear();

        var (records, index) = Outputs(compiled);

        var result = new BuildStepResult(records, index, compiled.Diagnostics, files.Count, read, cache.Problem);
        writeOutputs?.Invoke(result);

        var after = cache.Results.Results();
        if (read > 0 || cache.Problem is not null || !SameResults(before, after) || !File.Exists(cache.Path))
        {
            cache.Save(after, input.Options);
        }

        return result;
    }

    /// <summary>
    /// The records and the index of content compiled with <see cref="CompileOptions.Records"/>: the
    /// facts placed as the generator places them (<see cref="Placement"/>), under one stamp.
    /// </summary>
    public static (byte[] Records, string Index) Outputs(CompiledContent compiled)
    {
        var plan = EmitPlan.Create(compiled.Schema.Kinds);
        var placement = Placement.Place(plan, FactKeys.Of(compiled.Files), compiled.Link);
        return (RecordsResource.Write(placement, compiled.Results, compiled.Link), ContentIndex.Write(compiled.Files, placement));
    }

    /// <summary>Every file and its hash, read on every core, in path order; the texts held until their parse (<see cref="HeldTexts"/>).</summary>
    private static (List<SourceFile> Files, HeldTexts Texts) ReadFiles(BuildStepInput input, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        foreach (var path in input.Files)
        {
            if (ContentPaths.IsContent(path))
            {
                paths.Add(path);
            }
        }

        paths.Sort(StringComparer.Ordinal);
        var files = new SourceFile?[paths.Count];
        var texts = new HeldTexts(paths.Count);
        Workers.Run(Indexes(paths.Count), i => files[i] = Source(i), cancellationToken);
        var all = new List<SourceFile>(files.Length);
        for (var i = 0; i < files.Length; i++)
        {
            all.Add(files[i] ?? Source(i));
        }

        return (all, texts);

        SourceFile Source(int i) => texts.Read(i, paths[i], ContentPaths.Relative(paths[i], input.ContentRoot));
    }

    private static Dictionary<string, string> PathsByRelativePath(List<SourceFile> files)
    {
        var byRelative = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byRelative[file.RelativePath] = file.Path;
        }

        return byRelative;
    }

    private static bool SameResults(IReadOnlyList<FileResult> before, IReadOnlyList<FileResult> after)
    {
        if (before.Count != after.Count)
        {
            return false;
        }

        for (var i = 0; i < before.Count; i++)
        {
            if (!ReferenceEquals(before[i], after[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int[] Indexes(int count)
    {
        var indexes = new int[count];
        for (var i = 0; i < count; i++)
        {
            indexes[i] = i;
        }

        return indexes;
    }
}
