namespace FactBase;

/// <summary>A fact's Markdown body: its plain text, its HTML and a one-line summary.</summary>
/// <param name="Text">The body as plain text.</param>
/// <param name="Html">The body rendered to HTML.</param>
/// <param name="Summary">The first line of the text, at most 200 characters.</param>
public sealed record FactBody(string Text, string Html, string Summary)
{
    /// <summary>The body of a fact that has none.</summary>
    public static FactBody Empty { get; } = new(string.Empty, string.Empty, string.Empty);
}
