using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using FactBase.Generator.Tests.Harness;

namespace FactBase.Generator.Tests.Hostile;

/// <summary>
/// Random kinds, facts and strings: the generator never throws; it reports diagnostics, or
/// emits code that compiles with no errors and no warnings and reads back every string.
/// </summary>
public class PropertyTests
{
    private static readonly string[] Types = ["string", "text", "int", "decimal", "bool", "date", "money", "quantity", "url", "enum(a, b-c)", "list<string>", "ref<thing>"];

    /// <summary>Any character but lone surrogates (no encoding can carry them), plus emoji as proper pairs.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.Char['\0', '\uD7FF'],
        Gen.Char['\uE000', '\uFFFF'],
        Gen.OneOf('"', '\\', '{', '}', '<', '>', '&', '#', '\n', '\r', '\t', '\u2028', '\u202E', ':', '-'))
        .Array[0, 12]
        .Select(chars => new string(chars))
        .SelectMany(s => Gen.OneOf("", "😀", "🏳️‍🌈").Select(e => s + e));

    // Mostly good names, some that C# or FactBase reserve.
    private static readonly Gen<string> Name = Gen.Frequency(
        (8, Gen.OneOf("name", "class", "2nd", "based-in", "id-x", "value", "a", "kind-of", "namespace")),
        (1, Gen.OneOf("body", "id", "Name", "thing")));

    private static readonly Gen<(string Name, string Type)[]> Fields =
        Gen.Select(Name, Gen.OneOf(Types), Gen.Bool, (name, type, optional) => (name, type + (optional ? "?" : string.Empty)))
            .Array[1, 5];

    private static readonly Gen<string> Garbage = Gen.OneOf(
        AnyText.Select(Quote),
        Gen.OneOf("1", "-5", "1,000", "2.5", "true", "NO", "2018-03", "--06", "2019-02-29", "about 40 million USD", "more than 600", "https://example.org/a", "a", "b-c", "[x, y]", "thing-1", "missing", "[thing-2]", ""));

    /// <summary>Mostly a value of the field's type (hostile text for strings), sometimes anything.</summary>
    private static Gen<string> ValueFor(string type) => Gen.Frequency(
        (6, type.TrimEnd('?') switch
        {
            "string" or "text" => AnyText.Select(Quote),
            "list<string>" => AnyText.Select(Quote).Array[0, 3].Select(items => "[" + string.Join(", ", items) + "]"),
            "int" => Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "decimal" => Gen.OneOf("2.5", "-0.001", "1,250.75"),
            "bool" => Gen.OneOf("true", "false"),
            "date" => Gen.OneOf("2018", "2018-03", "2020-02-29", "--06", "--02-29"),
            "money" => Gen.OneOf("250000 USD", "about 40 million USD", "more than 1,000 EUR"),
            "quantity" => Gen.OneOf("more than 600", "about 130 people", "3"),
            "url" => Gen.Const("https://example.org/a?b=c&d=\"e\""),
            "enum(a, b-c)" => Gen.OneOf("a", "b-c"),
            _ => Gen.Const("thing-1"),
        }),
        (1, Garbage));

    [Fact]
    public void Random_content_ends_in_diagnostics_or_in_code_that_compiles_and_round_trips()
    {
        var (rejected, loadedRuns, stringsChecked) = (0, 0, 0);
        // Every kind has a string field, so every run that compiles also checks a round trip.
        var knowledgeBases =
            from fields in Fields
            let distinct = fields.Prepend((Name: "title", Type: "string")).GroupBy(f => f.Name).Select(g => g.First()).ToArray()
            from facts in Gen.Select(All(distinct.Select(f => ValueFor(f.Type))), AnyText, (values, body) => (values, body)).Array[1, 3]
            select (distinct, facts);
        knowledgeBases
            .Sample(sample =>
            {
                var (distinct, facts) = sample;
                var files = new List<(string, string)>
                {
                    ("kinds/thing.md", "---\nkind: kind\nfields:\n" + string.Concat(distinct.Select(f => $"  {f.Name}: \"{f.Type}\"\n")) + "---\nA thing.\n"),
                };
                var written = new Dictionary<string, string>();
                for (var i = 0; i < facts.Length; i++)
                {
                    var (values, body) = facts[i];
                    var frontMatter = new StringBuilder("---\nkind: thing\n");
                    for (var f = 0; f < distinct.Length; f++)
                    {
                        frontMatter.Append(distinct[f].Name).Append(": ").Append(values[f]).Append('\n');
                    }

                    files.Add(($"things/thing-{i + 1}.md", frontMatter + "---\n" + body));
                    if (distinct.FirstOrDefault(f => f.Type == "string").Name is { } stringField && values[System.Array.FindIndex(distinct, f => f.Name == stringField)] is var v && v.StartsWith('"'))
                    {
                        written[$"thing-{i + 1}"] = stringField;
                    }
                }

                var harness = new GeneratorHarness(files);
                var run = harness.Run();
                Assert.Empty(run.Results.Single().Exception is { } e ? [e.ToString()] : System.Array.Empty<string>());
                var (output, diagnostics) = harness.Compile();
                Assert.Empty(diagnostics.Where(d => !d.Id.StartsWith("FB", System.StringComparison.Ordinal)).Select(d => d.ToString()));
                if (run.Diagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
                {
                    rejected++;
                    return;
                }

                loadedRuns++;
                using var loaded = harness.Load(output);
                foreach (var (id, field) in written)
                {
                    var fact = loaded.Fact("Things", Naming(id));
                    var expected = Unquote(facts[int.Parse(id["thing-".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1].values[System.Array.FindIndex(distinct, f => f.Name == field)]);
                    Assert.Equal(expected, LoadedKnowledgeBase.Get(fact, Naming(field)));
                    stringsChecked++;
                }
            }, iter: 40, threads: 1);

        // The property means little unless both outcomes, and the round trip, actually happened.
        Assert.True(rejected > 0 && loadedRuns > 0 && stringsChecked > 0, $"rejected {rejected}, loaded {loadedRuns}, strings checked {stringsChecked}");
    }

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<string[]> All(IEnumerable<Gen<string>> gens) =>
        gens.Aggregate(Gen.Const(System.Array.Empty<string>()), (acc, gen) => acc.SelectMany(done => gen.Select(next => (string[])[.. done, next])));

    private static string Naming(string kebab) => FactBase.Compiler.Common.Naming.Pascal(kebab);

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' => builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static string Unquote(string quoted) =>
        System.Text.RegularExpressions.Regex.Replace(quoted[1..^1], @"\\(u[0-9A-F]{4}|.)", m => m.Groups[1].Value.Length == 5
            ? ((char)System.Convert.ToInt32(m.Groups[1].Value[1..], 16)).ToString()
            : m.Groups[1].Value);
}
