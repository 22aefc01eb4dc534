namespace FactBase.Compiler.Reading;

/// <summary>
/// A Markdown file to compile. <see cref="Path"/> is where diagnostics point (as the build
/// or the command line knows the file); <see cref="RelativePath"/> is its place in the
/// knowledge base, with '/' separators, as facts report it (<c>content/people/ryan.md</c>).
/// </summary>
public sealed record ContentFile(string Path, string RelativePath, string Text);
