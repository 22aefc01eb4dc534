namespace FactBase.Compiler.Diagnostics;

/// <summary>
/// A place in a content file: character offset and length, plus 1-based line and column
/// of both ends, which is what MSBuild prints and what the IDE underlines.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of the file, for problems that belong to the file as a whole.</summary>
    public static SourceSpan FileStart => new(0, 0, 1, 1, 1, 1);
}
