using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>
/// A cold run's head start, before the pipeline's steps: the content files the parse cache lacks,
/// read and checked on every core (Roslyn runs a generator's steps on one thread, and reading is
/// most of a cold run). The files under <c>kinds/</c> come first, and the schema they make; then
/// each other file is checked as soon as it is parsed, with its front matter's mapping still in
/// hand, so that the mapping dies young instead of living through the run's collections
/// (<see cref="FrontMatter"/>). The parse steps find the files in <see cref="ParseCache"/>, and the
/// check step finds the checks in <see cref="CheckCache"/> when its schema equals this one; should
/// a kind file lie outside <c>kinds/</c>, the schemas differ and the check step checks again.
/// </summary>
internal static class ColdStart
{
    public static void Run(
        ImmutableArray<AdditionalText> files,
        AnalyzerConfigOptionsProvider provider,
        GeneratorOptions options,
        CheckCache checks,
        CancellationToken cancellationToken)
    {
        try
        {
            // An edit leaves one file to parse, a cold run all of them: a sample tells which, without
            // looking up every file on every keystroke.
            if (!ParseCache.MostlyMissing(files, provider, options, cancellationToken))
            {
                return;
            }

            // Each file's text is read by the worker that parses it: reading 10,000 files is a fifth of
            // a cold run on one thread. A file the cache holds after all costs its worker a lookup.
            var kindFiles = new List<ParsedFile>();
            var factFiles = new List<AdditionalText>();
            foreach (var file in files)
            {
                if (!ContentFiles.IsContent(file, provider.GetOptions(file)))
                {
                    continue;
                }

                if (Casualties.IsUnderKinds(ContentPaths.Relative(file.Path, options.ContentRoot)))
                {
                    var parsed = ParseCache.Parse(file, options, cancellationToken);
                    if (SchemaBuilder.IsSchemaInput(parsed))
                    {
                        kindFiles.Add(parsed);
                    }
                }
                else
                {
                    factFiles.Add(file);
                }
            }

            // Below this, starting workers costs more than it saves.
            if (factFiles.Count < ParseCache.PrefetchThreshold)
            {
                return;
            }

            var schema = checks.Expect(FactBaseGenerator.BuildSchema(kindFiles.ToEquatableArray()));
            HeadStart.Run(
                factFiles,
                file =>
                {
                    var parsed = ParseCache.Parse(file, options, cancellationToken, out var frontMatter);
                    if (frontMatter is not null && !SchemaBuilder.IsSchemaInput(parsed))
                    {
                        checks.Add(parsed, schema, options.Reporter, FactBaseGenerator.Check(parsed, schema, options.Reporter, frontMatter));
                    }
                },
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only a head start: whatever failed here, the steps do again, and report.
        }
    }
}
