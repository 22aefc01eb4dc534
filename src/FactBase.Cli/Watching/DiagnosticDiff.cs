using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Cli.Watching;

/// <summary>What a re-check changed: the problems that are new, and those that are fixed.</summary>
internal sealed record DiagnosticChanges(IReadOnlyList<Diagnostic> Added, IReadOnlyList<Diagnostic> Fixed)
{
    public bool IsEmpty => Added.Count == 0 && Fixed.Count == 0;
}

/// <summary>
/// Compares two checks of the same content. A problem is the same problem when its file, id,
/// severity and message are the same, wherever it now stands: adding a line above an error
/// moves it, and does not make it new. Identical problems are counted, not merged, and matched
/// at their old place first, so a second copy of a problem is new and the first one is not.
/// </summary>
internal static class DiagnosticDiff
{
    public static DiagnosticChanges Compare(IEnumerable<Diagnostic> before, IEnumerable<Diagnostic> after)
    {
        var added = new List<Diagnostic>();
        var fixedOnes = new List<Diagnostic>();
        var beforeGroups = before.ToLookup(Key);
        var afterGroups = after.ToLookup(Key);
        foreach (var key in afterGroups.Select(g => g.Key).Union(beforeGroups.Select(g => g.Key)))
        {
            var old = beforeGroups[key].ToList();
            var current = afterGroups[key].ToList();

            // Same place first, then in order of place.
            foreach (var diagnostic in current.ToList())
            {
                var same = old.FindIndex(o => o.Span.Line == diagnostic.Span.Line && o.Span.Column == diagnostic.Span.Column);
                if (same >= 0)
                {
                    old.RemoveAt(same);
                    current.Remove(diagnostic);
                }
            }

            old = [.. old.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
            current = [.. current.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
            var matched = Math.Min(old.Count, current.Count);
            added.AddRange(current.Skip(matched));
            fixedOnes.AddRange(old.Skip(matched));
        }

        return new DiagnosticChanges(Ordered(added), Ordered(fixedOnes));
    }

    private static (string Path, string Id, DiagnosticSeverity Severity, string Message) Key(Diagnostic d) =>
        (d.Path, d.Id, d.Severity, d.Message);

    private static List<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ThenBy(d => d.Id, StringComparer.Ordinal)];
}
