namespace FactBase.Compiler.Reading;

/// <summary>
/// A fact's Markdown body, checked: the Markdown as written and its one-line summary (for the
/// generated docs). It is rendered to HTML and text where it is read: by the runtime on first
/// use, by the tools with <see cref="Rendering.MarkdownRenderer"/>.
/// </summary>
public sealed record Body(string Markdown, string Summary)
{
    public static Body Empty { get; } = new(string.Empty, string.Empty);
}
