namespace FactBase.Compiler.Reading;

/// <summary>A fact's Markdown body, compiled: plain text, HTML and a one-line summary.</summary>
public sealed record Body(string Markdown, string Text, string Html, string Summary)
{
    public static Body Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);
}
