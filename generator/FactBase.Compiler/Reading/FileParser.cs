using System;
using System.Collections.Generic;
using System.Text;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Schema;
using FactBase.Rendering;

namespace FactBase.Compiler.Reading;

/// <summary>Reads one Markdown file: limits, text checks, front matter, body. Never throws.</summary>
public static class FileParser
{
    /// <summary>Reads the file; its front matter's mapping is kept only if the schema reads the file (<see cref="FrontMatter"/>).</summary>
    public static ParsedFile Parse(ContentFile file, ReadOptions options) => Parse(file, options, keepFrontMatter: false, out _);

    /// <summary>
    /// Reads the file, and hands out its front matter's mapping (null when unreadable) for a check that
    /// follows at once: the parsed file keeps it only if the schema reads the file.
    /// </summary>
    public static ParsedFile Parse(ContentFile file, ReadOptions options, out YamlMapping? frontMatter) => Parse(file, options, keepFrontMatter: false, out frontMatter);

    /// <summary>Reads the file; <paramref name="keepFrontMatter"/> keeps its front matter's mapping whatever the file (a cache that checks again and again).</summary>
    public static ParsedFile Parse(ContentFile file, ReadOptions options, bool keepFrontMatter) => Parse(file, options, keepFrontMatter, out _);

    private static ParsedFile Parse(ContentFile file, ReadOptions options, bool keepFrontMatter, out YamlMapping? frontMatter)
    {
        try
        {
            return ParseUnguarded(file, options, keepFrontMatter, out frontMatter);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A bug of ours, not of the content: reported as such, and the build goes on.
            var failure = DiagnosticDescriptors.InternalError.At(file.Path, SourceSpan.FileStart, e.GetType().Name + ": " + e.Message);
            frontMatter = null; // whatever the failed parse had handed out
            return new ParsedFile(file.Path, file.RelativePath, null, Body.Empty, new[] { failure }.ToEquatableArray());
        }
    }

    private static ParsedFile ParseUnguarded(ContentFile file, ReadOptions options, bool keepFrontMatter, out YamlMapping? mapping)
    {
        var diagnostics = new List<Diagnostic>();
        mapping = null;
        var frontMatter = default(FrontMatter);
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
                    mapping = FrontMatterReader.Read(file.Path, file.Text, split, options, diagnostics);
                    if (mapping is not null)
                    {
                        var kind = FrontMatter.KindOf(mapping);
                        var keep = keepFrontMatter || SchemaBuilder.MayRead(file.RelativePath, kind);
                        frontMatter = new FrontMatter(file.Path, file.Text, split, options, mapping, kind, keep);
                    }

                    // A copy for the check alone, which dies young; the body keeps a slice of the text.
                    var markdown = file.Text.Substring(split.BodyStart);
                    var summary = MarkdownRenderer.Check(markdown, out var problem);
                    body = string.IsNullOrWhiteSpace(markdown) ? Body.Empty : new Body(file.Text, split.BodyStart, summary);
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
