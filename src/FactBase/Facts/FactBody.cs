using System;
using FactBase.Rendering;

namespace FactBase;

/// <summary>
/// A fact's Markdown body: as written, as plain text, as HTML and as a one-line summary. The
/// build checked it; it is rendered here on first use (the assembly holds the Markdown only),
/// once, with the same renderer and limits as the build.
/// </summary>
public sealed class FactBody : IEquatable<FactBody>
{
    private (string Html, string Text)? _rendered;
    private string? _summary;

    /// <summary>A body from its Markdown.</summary>
    /// <param name="markdown">The body as written.</param>
    public FactBody(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        Markdown = markdown;
    }

    /// <summary>The body of a fact that has none.</summary>
    public static FactBody Empty { get; } = new(string.Empty);

    /// <summary>The body as written.</summary>
    public string Markdown { get; }

    /// <summary>The body as plain text.</summary>
    public string Text => Rendered.Text;

    /// <summary>The body rendered to HTML (Markdown kept as text, for the reason the build warned of, is in a &lt;pre&gt;).</summary>
    public string Html => Rendered.Html;

    /// <summary>The first line of the text, at most 200 characters.</summary>
    public string Summary => _summary ??= MarkdownRenderer.Summarize(Text);

    private (string Html, string Text) Rendered => _rendered ??= MarkdownRenderer.RenderBlock(Markdown);

    /// <inheritdoc />
    public bool Equals(FactBody? other) => other is not null && string.Equals(Markdown, other.Markdown, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FactBody);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Markdown);

    /// <inheritdoc />
    public override string ToString() => Text;
}
