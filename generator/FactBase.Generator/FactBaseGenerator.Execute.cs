using System;
using System.Collections.Immutable;
using System.Threading;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator;

/// <summary>The steps' bodies. Each catches what the core should never throw, and reports it instead of failing the build.</summary>
public sealed partial class FactBaseGenerator
{
    private static ParsedFile Parse(AdditionalText file, GeneratorOptions options, CancellationToken cancellationToken) =>
        ParseCache.Parse(file, options, cancellationToken);

    private static CompilationResult Link(ImmutableArray<ParsedFile> files)
    {
        try
        {
            return KnowledgeBaseCompiler.Link(files);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var empty = new KnowledgeBaseModel(EquatableArray<Compiler.Schema.KindDefinition>.Empty, EquatableArray<FactModel>.Empty);
            var path = files.IsEmpty ? string.Empty : files[0].Path;
            return new CompilationResult(empty, new[] { DiagnosticDescriptors.InternalError.At(path, SourceSpan.FileStart, e.Message) }.ToEquatableArray());
        }
    }

    private static EquatableArray<GeneratedSource> Emit(KnowledgeBaseModel model, string ns)
    {
        try
        {
            return CSharpEmitter.Emit(model, new EmitOptions(ns));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Emit nothing rather than something broken; the link step's diagnostics still report.
            _ = e;
            return EquatableArray<GeneratedSource>.Empty;
        }
    }
}
