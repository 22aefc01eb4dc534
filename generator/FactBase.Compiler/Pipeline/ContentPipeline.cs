using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// The one pipeline, which the build step, the generator, the analyzer and the command line all
/// run: read every file (<see cref="Read"/>: each file's result, and the schema), then link the
/// facts (<see cref="Link"/>), then lay them out for the generated code and the records
/// (<see cref="Emitting.Placement"/>). Each stage is a function of its inputs; what is reused from
/// one run to the next is reused through a <see cref="ResultCache"/>, under its one rule.
/// </summary>
public static class ContentPipeline
{
    /// <summary>Both stages: what <c>factbase check</c> runs, and what the build step runs before it writes its outputs.</summary>
    public static CompiledContent Compile(IReadOnlyList<SourceFile> files, CompileOptions options, ResultCache? cache = null, Action? fileRead = null, CancellationToken cancellationToken = default)
    {
        var read = Read(files, options, cache, fileRead, cancellationToken);
        return new CompiledContent(read, Link(read));
    }

    /// <summary>
    /// Every file's result, in the order of <paramref name="files"/>, reused from <paramref name="cache"/>
    /// where the rule lets it stand, and read on every core otherwise: the files under <c>kinds/</c>
    /// first, and the schema from them and from every kind file the cache knows; then every other file,
    /// each checked as soon as it is read. Should one of those declare a kind after all, the schema was
    /// not the whole one: every file checked against it is checked again. <paramref name="fileRead"/> is
    /// called, from any thread, as each file is read. The cache is left holding these files' results alone;
    /// a one-shot run, which has nothing to reuse and no later run to keep results for, gives none.
    /// </summary>
    public static FileResults Read(IReadOnlyList<SourceFile> files, CompileOptions options, ResultCache? cache, Action? fileRead = null, CancellationToken cancellationToken = default)
    {
        var results = new FileResult?[files.Count];
        var schemaInputs = new bool[files.Count];
        var pending = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (cache?.Find(files[i], options.Read) is { } found)
            {
                results[i] = found;
                schemaInputs[i] = found.IsSchemaInput;
            }
            else if (Casualties.IsUnderKinds(files[i].RelativePath))
            {
                pending.Add(i);
            }
        }

        // The kind files first: what the schema is made of.
        Workers.Run(pending, i =>
        {
            results[i] = FileStage.ReadKind(files[i], options, out schemaInputs[i]);
            fileRead?.Invoke();
        }, cancellationToken);

        var (schema, key) = Schema(files, results, schemaInputs, options);
        var plan = options.Records ? EmitPlan.Create(schema.Kinds) : null;
        var toCheck = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (results[i] is not { } result || (!result.IsKindFile && result.SchemaKey != key))
            {
                toCheck.Add(i);
            }
        }

        Check(files, results, toCheck, options, schema, key, plan, fileRead, cancellationToken);

        // A kind file found among the others: the schema grows, and what was checked without it is checked again.
        var newKinds = false;
        foreach (var i in toCheck)
        {
            newKinds |= results[i]!.IsSchemaInput && !schemaInputs[i];
            schemaInputs[i] = results[i]!.IsSchemaInput;
        }

        if (newKinds)
        {
            (schema, key) = Schema(files, results, schemaInputs, options);
            plan = options.Records ? EmitPlan.Create(schema.Kinds) : null;
            toCheck.Clear();
            for (var i = 0; i < files.Count; i++)
            {
                if (!results[i]!.IsKindFile && results[i]!.SchemaKey != key)
                {
                    toCheck.Add(i);
                }
            }

            Check(files, results, toCheck, options, schema, key, plan, fileRead: null, cancellationToken);
        }

        // The cache keeps these files' results, and forgets the files that are gone.
        var all = new FileResult[results.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = results[i]!;
            cache?.Add(all[i]);
        }

        cache?.Retain(files);

        return new FileResults(schema, key, new EquatableArray<FileResult>(all));
    }

    /// <summary>
    /// The first stage's output for results made already (in a build, the index's, which the build
    /// step made with this pipeline): the schema their kind files make, with its key.
    /// </summary>
    public static FileResults FromResults(IReadOnlyList<FileResult> results, CompileOptions options)
    {
        var all = new FileResult[results.Count];
        var schemaInputs = new bool[results.Count];
        var keys = new (string RelativePath, ContentHash Hash)[results.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = results[i];
            schemaInputs[i] = results[i].IsSchemaInput;
            keys[i] = (results[i].RelativePath, results[i].Hash);
        }

        var (schema, key) = Schema(keys, all, schemaInputs, options);
        return new FileResults(schema, key, new EquatableArray<FileResult>(all));
    }

    /// <summary>The link of the checked files' facts (<see cref="Linker"/>): ids, names, refs, backlinks.</summary>
    public static LinkResult Link(FileResults files) => Linker.Link(files.LinkEntries(), files.Schema);

    /// <summary>
    /// The key of the schema the files under <paramref name="schemaInputs"/> make, read with
    /// <paramref name="options"/>: a function of those files' paths and contents, so that a checked
    /// file's result records what it was checked against, in a form the build step can persist.
    /// </summary>
    public static ContentHash SchemaKey(IEnumerable<(string RelativePath, ContentHash Hash)> schemaInputs, CompileOptions options)
    {
        var parts = new List<string>
        {
            "schema",
            options.Read.MaxFileSize.ToString(CultureInfo.InvariantCulture),
            options.Read.MaxDepth.ToString(CultureInfo.InvariantCulture),
        };
        var sorted = new List<(string RelativePath, ContentHash Hash)>(schemaInputs);
        sorted.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        foreach (var (relativePath, hash) in sorted)
        {
            parts.Add(relativePath);
            parts.Add(hash.ToString());
        }

        return ContentHash.Of(parts.ToArray());
    }

    private static (SchemaModel Schema, ContentHash Key) Schema(IReadOnlyList<SourceFile> files, FileResult?[] results, bool[] schemaInputs, CompileOptions options)
    {
        // The schema inputs' hashes alone: a file read on first use is not read here for its hash.
        var keys = new (string RelativePath, ContentHash Hash)[files.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (files[i].RelativePath, schemaInputs[i] ? files[i].Hash : default);
        }

        return Schema(keys, results, schemaInputs, options);
    }

    /// <summary>The schema the schema inputs make: kind files' kinds, and the other inputs as casualties; with its key.</summary>
    private static (SchemaModel Schema, ContentHash Key) Schema(IReadOnlyList<(string RelativePath, ContentHash Hash)> files, FileResult?[] results, bool[] schemaInputs, CompileOptions options)
    {
        var inputs = new List<(string, ContentHash)>();
        var kindResults = new List<FileResult>();
        var casualties = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            if (!schemaInputs[i])
            {
                continue;
            }

            inputs.Add(files[i]);
            if (results[i] is { IsKindFile: true } kindFile)
            {
                kindResults.Add(kindFile);
            }
            else
            {
                casualties.Add(files[i].RelativePath);
            }
        }

        var schema = SchemaBuilder.Build(kindResults, casualties);

        // Built before any worker reads them: nothing is built lazily under parallel readers.
        _ = schema.Schema;
        _ = schema.Casualties;
        return (schema, SchemaKey(inputs, options));
    }

    private static void Check(IReadOnlyList<SourceFile> files, FileResult?[] results, List<int> indexes, CompileOptions options, SchemaModel schema, ContentHash key, EmitPlan? plan, Action? fileRead, CancellationToken cancellationToken)
    {
        Workers.Run(indexes, i =>
        {
            results[i] = FileStage.Read(files[i], options, schema, key, plan);
            fileRead?.Invoke();
        }, cancellationToken);

        // Whatever a worker left undone, done here, where a failure is reported.
        foreach (var i in indexes)
        {
            if (results[i] is null || (!results[i]!.IsKindFile && results[i]!.SchemaKey != key))
            {
                results[i] = FileStage.Read(files[i], options, schema, key, plan);
            }
        }
    }
}
