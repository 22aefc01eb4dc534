namespace FactBase.Compiler.Emitting;

/// <summary>One generated C# file: its hint name (unique, ending in .g.cs) and its text.</summary>
public sealed record GeneratedSource(string HintName, string Text);
