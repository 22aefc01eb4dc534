using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace FactBase.Generator.Tests.Harness;

/// <summary>
/// What a run of the generator did, step by step, in the manner of NetEscapades.EnumGenerators'
/// cacheability helpers: every step name read from <see cref="TrackingNames"/> by reflection, a
/// step asked for by a name the run does not know failing the test (rather than reading as "no
/// runs"), and a walk of every step's outputs for what must never be kept in the pipeline.
/// </summary>
internal static class StepTracking
{
    /// <summary>Every tracking name the generator declares.</summary>
    public static IReadOnlyList<string> AllSteps { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>The reason of each output of the step; fails when the run has no step of that name.</summary>
    public static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : throw new Xunit.Sdk.XunitException($"The run has no step named {step}: a step lost its tracking name, or the name is not the generator's.");

    /// <summary>The single output value of a step that has one.</summary>
    public static T Output<T>(GeneratorRunResult result, string step) =>
        (T)Assert.Single(Assert.Single(result.TrackedSteps[step]).Outputs).Value;

    public static void AssertAllCached(GeneratorRunResult result, params string[] steps)
    {
        foreach (var step in steps)
        {
            Assert.All(Reasons(result, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }
    }

    /// <summary>
    /// Fails when any step's output holds, anywhere in its object graph, a Compilation, a symbol or a
    /// syntax node: each keeps a whole compilation alive, and none compares as a value.
    /// </summary>
    public static void AssertNoCompilerObjects(GeneratorRunResult result)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (step, runs) in result.TrackedSteps)
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                Walk(output.Value, step, seen);
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree, $"{path} holds a {value.GetType().Name}");
        if (value.GetType().GetProperty("IsDefault")?.GetValue(value) is true)
        {
            return; // a default ImmutableArray: nothing in it, and enumerating it throws
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", seen);
            }
        }

        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                {
                    Walk(field.GetValue(value), $"{path}.{field.Name}", seen);
                }
            }
        }
    }
}
