namespace FactBase.Compiler.Emitting;

/// <summary>One generated C# file: its hint name (unique, ending in .g.cs) and its text.</summary>
public sealed record GeneratedSource(string HintName, string Text);

/// <summary>What the emitter needs beside the model: the namespace of the generated types.</summary>
public sealed record EmitOptions(string Namespace)
{
    public const string DefaultNamespace = "FactBase.Content";
}
