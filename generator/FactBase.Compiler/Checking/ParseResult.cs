using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;

namespace FactBase.Compiler.Checking;

/// <summary>A scalar typed by the schema: the value, or the problem and its message arguments.</summary>
public readonly struct ParseResult
{
    private ParseResult(Value? value, DiagnosticDescriptor? problem, object?[] args)
    {
        Value = value;
        Problem = problem;
        Args = args;
    }

    public Value? Value { get; }

    public DiagnosticDescriptor? Problem { get; }

    public object?[] Args { get; }

    public static ParseResult Ok(Value value) => new(value, null, []);

    public static ParseResult Fail(DiagnosticDescriptor problem, params object?[] args) => new(null, problem, args);

    /// <summary>A value kept despite a problem that is only a warning.</summary>
    public static ParseResult Warn(Value value, DiagnosticDescriptor problem, params object?[] args) => new(value, problem, args);

    public static implicit operator ParseResult(Value value) => Ok(value);
}
