using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Pipeline;

/// <summary>What the pipeline reads with, and what it keeps of each file beyond its result.</summary>
/// <param name="Read">The limits files are read with.</param>
/// <param name="KeepFacts">Keep every checked fact with its values (<see cref="FileResult.Fact"/>): the command line's commands read them.</param>
/// <param name="Records">Write every fact's record (<see cref="FileResult.Record"/>): the build step stores them in the assembly.</param>
public sealed record CompileOptions(ReadOptions Read, bool KeepFacts = false, bool Records = false)
{
    public static CompileOptions Default { get; } = new(ReadOptions.Default);
}
