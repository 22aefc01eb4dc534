namespace FactBase.Compiler.Reading;

/// <summary>Where the front matter and the body lie in a file's text.</summary>
public readonly record struct FrontMatterSplit(
    FrontMatterStatus Status,
    int YamlStart,
    int YamlLength,
    int YamlFirstLine,
    int BodyStart,
    int BodyFirstLine);

public enum FrontMatterStatus
{
    Found,
    Missing,
    Unterminated,
}
