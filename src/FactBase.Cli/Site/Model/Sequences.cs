using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Site.Model;

/// <summary>
/// A step of a sequence: facts that come after every fact of the steps before it. Facts in one step
/// are not ordered among themselves by the content; a step of facts whose links go round in a
/// circle (a before b, b before a) is marked as such.
/// </summary>
internal sealed record SequenceStep(IReadOnlyList<FactModel> Facts, bool IsCycle);

/// <summary>
/// The order that <c>before</c> and <c>after</c> fields give, where the content states no date: each
/// group of facts linked by them (directly or not) as a list of steps, earliest first. <c>a</c> with
/// <c>after: [b]</c> comes after <c>b</c>; with <c>before: [b]</c>, before it. Those two field names are
/// the convention the shipped schema uses; any kind may declare them, as refs or lists of refs.
/// </summary>
internal static class Sequences
{
    public const string After = "after";
    public const string Before = "before";

    public static IReadOnlyList<IReadOnlyList<SequenceStep>> Build(SiteModel site)
    {
        // Earlier -> later, between facts that exist.
        var later = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var earlier = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var fact in site.Facts.Where(GivesOrder))
        {
            foreach (var (field, other) in ShowCommand.Refs(fact))
            {
                if (field is After or Before && other != fact.Id && site.Find(other) is not null)
                {
                    var (from, to) = field == After ? (other, fact.Id) : (fact.Id, other);
                    Add(later, from, to);
                    Add(earlier, to, from);
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sequences = new List<IReadOnlyList<SequenceStep>>();
        foreach (var start in later.Keys.Concat(earlier.Keys).Order(StringComparer.Ordinal))
        {
            if (seen.Add(start))
            {
                var group = Connected(start, later, earlier, seen);
                sequences.Add(Steps(group, later, earlier, site));
            }
        }

        return [.. sequences.OrderByDescending(s => s.Sum(step => step.Facts.Count)).ThenBy(s => s[0].Facts[0].Id, StringComparer.Ordinal)];
    }

    private static List<string> Connected(string start, Dictionary<string, SortedSet<string>> later, Dictionary<string, SortedSet<string>> earlier, HashSet<string> seen)
    {
        var group = new List<string> { start };
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var id))
        {
            foreach (var next in Neighbours(id, later).Concat(Neighbours(id, earlier)))
            {
                if (seen.Add(next))
                {
                    group.Add(next);
                    pending.Push(next);
                }
            }
        }

        return group;
    }

    /// <summary>Kahn's layering: each step holds the facts whose earlier facts are all in the steps before.</summary>
    private static List<SequenceStep> Steps(List<string> group, Dictionary<string, SortedSet<string>> later, Dictionary<string, SortedSet<string>> earlier, SiteModel site)
    {
        var waiting = group.ToDictionary(id => id, id => Neighbours(id, earlier).Count(), StringComparer.Ordinal);
        var steps = new List<SequenceStep>();
        var ready = waiting.Where(w => w.Value == 0).Select(w => w.Key).Order(StringComparer.Ordinal).ToList();
        while (ready.Count > 0)
        {
            steps.Add(new SequenceStep([.. ready.Select(id => site.Find(id)!)], IsCycle: false));
            var next = new List<string>();
            foreach (var id in ready)
            {
                waiting.Remove(id);
                foreach (var after in Neighbours(id, later))
                {
                    if (waiting.ContainsKey(after) && --waiting[after] == 0)
                    {
                        next.Add(after);
                    }
                }
            }

            ready = [.. next.Order(StringComparer.Ordinal)];
        }

        if (waiting.Count > 0)
        {
            steps.Add(new SequenceStep([.. waiting.Keys.Order(StringComparer.Ordinal).Select(id => site.Find(id)!)], IsCycle: true));
        }

        return steps;
    }

    /// <summary>Whether the fact has a <c>before</c> or <c>after</c> field: most have neither, and need no look at their refs.</summary>
    private static bool GivesOrder(FactModel fact)
    {
        foreach (var field in fact.Fields)
        {
            if (field.Name is After or Before)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Neighbours(string id, Dictionary<string, SortedSet<string>> links) =>
        links.TryGetValue(id, out var set) ? set : [];

    private static void Add(Dictionary<string, SortedSet<string>> links, string from, string to)
    {
        if (!links.TryGetValue(from, out var set))
        {
            links[from] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(to);
    }
}
