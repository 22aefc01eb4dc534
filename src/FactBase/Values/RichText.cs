using System;
using FactBase.Rendering;

namespace FactBase;

/// <summary>
/// A <c>text</c> field: inline Markdown, checked at build time and rendered to HTML and plain
/// text on first use, with the same renderer and limits as the build.
/// </summary>
public sealed class RichText : IEquatable<RichText>
{
    private (string Html, string Text)? _rendered;

    /// <summary>A text from its Markdown.</summary>
    /// <param name="markdown">The text as written.</param>
    public RichText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        Markdown = markdown;
    }

    /// <summary>The text as written.</summary>
    public string Markdown { get; }

    /// <summary>The text rendered to HTML, with no paragraph wrapper.</summary>
    public string Html => Rendered.Html;

    /// <summary>The text without markup.</summary>
    public string Plain => Rendered.Text;

    private (string Html, string Text) Rendered => _rendered ??= MarkdownRenderer.RenderInline(Markdown);

    /// <inheritdoc />
    public bool Equals(RichText? other) => other is not null && string.Equals(Markdown, other.Markdown, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RichText);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Markdown);

    /// <inheritdoc />
    public override string ToString() => Plain;
}
