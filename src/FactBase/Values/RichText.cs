namespace FactBase;

/// <summary>A <c>text</c> field: inline Markdown, compiled to HTML and plain text at build time.</summary>
/// <param name="Markdown">The text as written.</param>
/// <param name="Html">The text rendered to HTML, with no paragraph wrapper.</param>
/// <param name="Plain">The text without markup.</param>
public sealed record RichText(string Markdown, string Html, string Plain)
{
    /// <inheritdoc />
    public override string ToString() => Plain;
}
