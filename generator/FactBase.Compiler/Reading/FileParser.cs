using System;
using System.Collections.Generic;
using System.Text;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Rendering;

namespace FactBase.Compiler.Reading;

/// <summary>Reads one Markdown file: limits, text checks, front matter, body. Never throws.</summary>
public static class FileParser
{
    public static ParsedFile Parse(ContentFile file, ReadOptions options)
    {
        try
        {
            return ParseUnguarded(file, options);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A bug of ours, not of the content: reported as such, and the build goes on.
            var failure = DiagnosticDescriptors.InternalError.At(file.Path, SourceSpan.FileStart, e.GetType().Name + ": " + e.Message);
            return new ParsedFile(file.Path, file.RelativePath, null, Body.Empty, new[] { failure }.ToEquatableArray());
        }
    }

    private static ParsedFile ParseUnguarded(ContentFile file, ReadOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var frontMatter = default(YamlMapping);
        var body = Body.Empty;
        if (CheckText(file, options, diagnostics))
        {
            var split = FrontMatterSplitter.Split(file.Text);
            switch (split.Status)
            {
                case FrontMatterStatus.Missing:
                    diagnostics.Add(DiagnosticDescriptors.MissingFrontMatter.At(file.Path, SourceSpan.FileStart));
                    break;
                case FrontMatterStatus.Unterminated:
                    diagnostics.Add(DiagnosticDescriptors.UnterminatedFrontMatter.At(file.Path, TextPositions.SpanAt(file.Text, 0, 3)));
                    break;
                default:
                    frontMatter = FrontMatterReader.Read(file.Path, file.Text, split, options, diagnostics);
                    var markdown = file.Text.Substring(split.BodyStart);
                    var summary = MarkdownRenderer.Check(markdown, out var problem);
                    body = string.IsNullOrWhiteSpace(markdown) ? Body.Empty : new Body(markdown, summary);
                    if (problem is not null)
                    {
                        diagnostics.Add(DiagnosticDescriptors.MarkdownKeptAsText.At(file.Path, TextPositions.SpanAt(file.Text, split.BodyStart, 0), problem));
                    }

                    break;
            }
        }

        return new ParsedFile(file.Path, file.RelativePath, frontMatter, body, diagnostics.ToEquatableArray());
    }

    /// <summary>Size, NUL bytes and undecodable bytes (which the decoder turned into U+FFFD).</summary>
    private static bool CheckText(ContentFile file, ReadOptions options, List<Diagnostic> diagnostics)
    {
        var text = file.Text;
        // A char is at most three UTF-8 bytes here (surrogate pairs are two chars for four bytes): count only when it matters.
        var size = (long)text.Length * 3 <= options.MaxFileSize ? text.Length : Encoding.UTF8.GetByteCount(text);
        if (size > options.MaxFileSize)
        {
            diagnostics.Add(DiagnosticDescriptors.FileTooLarge.At(file.Path, SourceSpan.FileStart, size, options.MaxFileSize));
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var problem = text[i] switch
            {
                '\0' => "contains a NUL character",
                '\uFFFD' => "contains bytes that are not valid UTF-8 (or a U+FFFD replacement character)",
                _ => null,
            };
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidText.At(file.Path, TextPositions.SpanAt(text, i), problem));
                return false;
            }
        }

        return true;
    }
}
