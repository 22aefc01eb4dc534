using System;
using System.Threading;
using FactBase.Compiler.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generator;

/// <summary>
/// An additional file as the generator takes it: a content file, or the build step's index; null for
/// the files it does not read. Equal when the file is: a file's text is what its hash stands for, so
/// an unchanged file stops the wave at this step.
/// </summary>
public sealed record GeneratorInput(SourceFile File, bool IsIndex)
{
    public static GeneratorInput? From(AdditionalText text, AnalyzerConfigOptions fileOptions, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var index = ContentFiles.IsIndex(fileOptions);
        if (!index && !ContentFiles.IsContent(text, fileOptions))
        {
            return null;
        }

        // A text the compiler could not read is an empty file: the parse reports it missing its front matter.
        var content = text.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new GeneratorInput(new SourceFile(text.Path, ContentPaths.Relative(text.Path, options.ContentRoot), content), index);
    }
}
