using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace FactBase.Corpus;

/// <summary>
/// Writes a deterministic synthetic knowledge base of <c>count</c> facts in the shipped format,
/// with the shipped kinds: front matter of 5 to 12 fields, refs between facts of the right kinds,
/// citations of source facts, and a Markdown body of 1 to 3 paragraphs (about 1.4 KB a file,
/// 14 MB for 10,000 facts). The same count and seed give the same bytes on every machine.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Kinds and how often each occurs, in tenths of a percent.</summary>
    private static readonly (string Kind, string Folder, int Weight)[] Mix =
    [
        ("place", "places", 30), ("organization", "organizations", 110), ("person", "people", 150),
        ("group", "groups", 30), ("source", "sources", 100), ("role", "roles", 70), ("policy", "policies", 20),
        ("event", "events", 80), ("donation", "donations", 60), ("contract", "contracts", 50),
        ("statement", "statements", 120), ("quote", "quotes", 100), ("claim", "claims", 40),
        ("donation-plan", "donation-plans", 10), ("policy-action", "policy-actions", 10),
        ("family-separation", "family-separations", 10), ("petition", "petitions", 10),
    ];

    private static readonly string[] Words =
    (
        "the a of and to in for on with by from about after before during against among between through under over " +
        "company group agency council board office department ministry court union network alliance foundation institute " +
        "contract donation policy statement report review petition plan budget program project agreement decision proposal " +
        "employees workers lawyers families officials reporters editors activists members residents volunteers supporters " +
        "said announced rejected accepted confirmed denied declined signed protested reported questioned supported opposed " +
        "border city state region county river valley harbor coast mountain district province capital market bridge station " +
        "federal local public private national regional annual quarterly early late recent former current interim senior " +
        "million thousand dollars percent share funds grant payment fee cost value price total amount revenue spending " +
        "immigration technology cloud software data security health education housing transport energy water trade labor " +
        "north south east west central northern southern eastern western upper lower old new green silver golden stone"
    ).Split(' ');

    private static readonly string[] Names =
    (
        "alder birch cedar dawson ellis fisher garner hollis irving jarvis keller lowell marsh norris oakley porter quinn " +
        "rowan sawyer tatum upton vance walsh yates archer bishop carver darby everett foster grayson harper ingram jensen " +
        "kendall lawson monroe nash orton pryor reed sutton thorne vaughn wilder york ashby brennan calloway"
    ).Split(' ');

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>The facts and kinds, as (path under the content root, text), kinds first.</summary>
    public static IEnumerable<(string Path, string Text)> Generate(int count, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        foreach (var kind in Kinds())
        {
            yield return kind;
        }

        var plan = Plan(count, seed);
        for (var i = 0; i < plan.Facts.Count; i++)
        {
            var fact = plan.Facts[i];
            var random = new SplitMix(seed, i);
            yield return ($"{fact.Folder}/{fact.Id}.md", new FactWriter(plan, fact, random).Write());
        }
    }

    /// <summary>Writes the corpus under <paramref name="directory"/> (created if need be); returns the number of files.</summary>
    public static int Write(string directory, int count, int seed = 1)
    {
        var written = 0;
        foreach (var (path, text) in Generate(count, seed))
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written++;
        }

        return written;
    }

    /// <summary>The shipped kinds, as the corpus's <c>kinds/</c> folder.</summary>
    public static IEnumerable<(string Path, string Text)> Kinds()
    {
        var assembly = typeof(CorpusGenerator).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("kinds/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (name, reader.ReadToEnd());
        }
    }

    private static CorpusPlan Plan(int count, int seed)
    {
        var random = new SplitMix(seed, -1);
        var facts = new List<PlannedFact>(count);
        var total = Mix.Sum(m => m.Weight);
        for (var i = 0; i < count; i++)
        {
            // The first facts cover every kind, so that every required ref has a target at any size.
            var (kind, folder, _) = i < Mix.Length ? Mix[i] : Pick(random.Next(total));
            var id = $"{Names[random.Next(Names.Length)]}-{Words[20 + random.Next(Words.Length - 20)]}-{i + 1}";
            facts.Add(new PlannedFact(id, kind, folder));
        }

        return new CorpusPlan(facts);

        static (string, string, int) Pick(int roll)
        {
            foreach (var entry in Mix)
            {
                if ((roll -= entry.Weight) < 0)
                {
                    return entry;
                }
            }

            return Mix[^1];
        }
    }

    private sealed record PlannedFact(string Id, string Kind, string Folder);

    private sealed class CorpusPlan
    {
        private readonly Dictionary<string, List<string>> _byKind = new(StringComparer.Ordinal);

        public CorpusPlan(List<PlannedFact> facts)
        {
            Facts = facts;
            foreach (var fact in facts)
            {
                foreach (var kind in KindAndBases(fact.Kind))
                {
                    if (!_byKind.TryGetValue(kind, out var list))
                    {
                        _byKind[kind] = list = [];
                    }

                    list.Add(fact.Id);
                }
            }
        }

        public List<PlannedFact> Facts { get; }

        public string Any(string kind, SplitMix random) => _byKind[kind][random.Next(_byKind[kind].Count)];

        private static IEnumerable<string> KindAndBases(string kind)
        {
            yield return kind;
            switch (kind)
            {
                case "organization" or "person" or "place" or "group":
                    yield return "entity";
                    break;
                case "quote" or "claim":
                    yield return "statement";
                    yield return "event";
                    break;
                case "petition":
                    yield return "employee-pushback";
                    yield return "event";
                    break;
                case "donation" or "contract" or "statement" or "donation-plan" or "policy-action" or "family-separation" or "employee-pushback":
                    yield return "event";
                    break;
            }
        }
    }

    private sealed class FactWriter(CorpusPlan plan, PlannedFact fact, SplitMix random)
    {
        private readonly StringBuilder _text = new(2048);

        public string Write()
        {
            _text.Append("---\n");
            Field("kind", fact.Kind);
            switch (fact.Kind)
            {
                case "place":
                    Quoted("name", Title(2));
                    Entity();
                    Maybe(0.5, () => Field("part-of", plan.Any("place", random)));
                    break;
                case "organization":
                    Quoted("name", Title(3));
                    Field("aliases", $"[{Upper(4)}]");
                    Entity();
                    Field("category", Pick("company", "nonprofit", "government-agency", "government-department", "administration"));
                    Field("based-in", plan.Any("place", random));
                    Maybe(0.5, () => Field("operates-at", List("place", 1 + random.Next(2))));
                    Field("size", $"about {100 + random.Next(5000)} employees");
                    Maybe(0.4, () => Field("parent", plan.Any("organization", random)));
                    Maybe(0.4, () => Field("headed-by", plan.Any("person", random)));
                    break;
                case "person":
                    Quoted("name", Title(2));
                    Entity();
                    break;
                case "group":
                    Field("name-status", "unnamed");
                    Quoted("description", Sentence(10));
                    Field("affiliation", List("organization", 1));
                    Field("size", $"more than {10 * (1 + random.Next(300))}");
                    break;
                case "source":
                    Quoted("title", Title(6));
                    Field("publisher", plan.Any("organization", random));
                    Quoted("section", Title(2));
                    Field("dateline", plan.Any("place", random));
                    Field("reporters", List("person", 1 + random.Next(2)));
                    Maybe(0.6, () => Field("editors", List("person", 1 + random.Next(2))));
                    Field("url", $"https://news.example.org/{fact.Id}");
                    break;
                case "role":
                    Field("holder", plan.Any("person", random));
                    Quoted("title", Title(2));
                    Field("of", plan.Any("entity", random));
                    break;
                case "policy":
                    Quoted("name", Title(3));
                    Quoted("area", Title(1));
                    Field("set-by", plan.Any("organization", random));
                    Quoted("description", Sentence(14));
                    break;
                case "event":
                    Event();
                    Field("actors", List("entity", 1 + random.Next(3)));
                    break;
                case "donation":
                    Event();
                    Field("donor", plan.Any("organization", random));
                    Field("recipient", plan.Any("organization", random));
                    Field("amount", Money());
                    Field("outcome", Pick("offered", "accepted", "rejected"));
                    Quoted("reason", Sentence(16));
                    Maybe(0.3, () => Field("protesting", plan.Any("contract", random)));
                    break;
                case "contract":
                    Event();
                    Field("contractor", plan.Any("organization", random));
                    Field("client", plan.Any("organization", random));
                    Field("announced", Date());
                    Field("scope", $"[{Title(2)}, {Title(2)}]");
                    break;
                case "statement":
                    Statement();
                    Field("subjects", List("entity", 1 + random.Next(2)));
                    break;
                case "quote":
                    Statement();
                    Quoted("text", Sentence(20));
                    Maybe(0.5, () => Field("told", plan.Any("organization", random)));
                    break;
                case "claim":
                    Statement();
                    Field("value", Money());
                    break;
                case "donation-plan":
                    Event();
                    Field("donor", plan.Any("organization", random));
                    Field("amount", Money());
                    Quoted("beneficiaries", Sentence(8));
                    break;
                case "policy-action":
                    Event();
                    Field("policy", plan.Any("policy", random));
                    Field("action", Pick("announced", "implemented"));
                    break;
                case "family-separation":
                    Event();
                    Field("policy", plan.Any("policy", random));
                    Quoted("separated", Sentence(8));
                    Field("crossing-from", plan.Any("place", random));
                    break;
                case "petition":
                    Event();
                    Field("workers", plan.Any("group", random));
                    Field("employers", List("organization", 1));
                    Quoted("demand", Sentence(12));
                    Field("signer-count", $"more than {100 * (1 + random.Next(50))}");
                    break;
            }

            if (fact.Kind != "source")
            {
                Citations();
            }

            _text.Append("---\n");
            Body();
            return _text.ToString();
        }

        private void Entity()
        {
            Field("name-status", "stated");
            Quoted("description", Sentence(12));
        }

        private void Event()
        {
            Field("on", Date());
            Field("weekday", Weekdays[random.Next(7)]);
            Maybe(0.4, () => Field("after", List("event", 1)));
        }

        private void Statement()
        {
            Event();
            Field("speaker", plan.Any("entity", random));
            Quoted("summary", Sentence(18));
            Field("response", Pick("said", "declined-to-answer", "neither-confirmed-nor-denied"));
            Field("refers-to", List("event", 1 + random.Next(2)));
        }

        private void Citations()
        {
            _text.Append("sources:\n");
            var count = 1 + random.Next(3);
            for (var i = 0; i < count; i++)
            {
                _text.Append("  - source: ").Append(plan.Any("source", random)).Append('\n');
                _text.Append("    quote: \"").Append(Sentence(14)).Append("\"\n");
                if (fact.Kind == "claim")
                {
                    _text.Append("    status: unconfirmed\n    by: ").Append(plan.Any("entity", random)).Append('\n');
                }
            }
        }

        private void Body()
        {
            var paragraphs = 1 + random.Next(3);
            for (var p = 0; p < paragraphs; p++)
            {
                if (p > 0)
                {
                    _text.Append('\n');
                }

                var sentences = 3 + random.Next(3);
                for (var s = 0; s < sentences; s++)
                {
                    var sentence = Sentence(8 + random.Next(12));
                    _text.Append(s > 0 ? " " : string.Empty);
                    // Some Markdown, as writers use it: emphasis, strong and links.
                    switch (random.Next(8))
                    {
                        case 0:
                            var space = sentence.IndexOf(' ', StringComparison.Ordinal);
                            _text.Append("**").Append(sentence, 0, space).Append("**").Append(sentence, space, sentence.Length - space);
                            break;
                        case 1:
                            _text.Append(sentence[..^1]).Append(", as *").Append(Words[20 + random.Next(Words.Length - 20)]).Append("* put it.");
                            break;
                        case 2:
                            _text.Append(sentence[..^1]).Append(" ([report](https://news.example.org/").Append(plan.Any("source", random)).Append(")).");
                            break;
                        default:
                            _text.Append(sentence);
                            break;
                    }
                }

                _text.Append('\n');
            }
        }

        private void Field(string name, string value) => _text.Append(name).Append(": ").Append(value).Append('\n');

        private void Quoted(string name, string value) => Field(name, "\"" + value + "\"");

        private void Maybe(double probability, Action write)
        {
            if (random.NextDouble() < probability)
            {
                write();
            }
        }

        private string List(string kind, int count) =>
            "[" + string.Join(", ", Enumerable.Range(0, count).Select(_ => plan.Any(kind, random)).Distinct()) + "]";

        private string Pick(params string[] options) => options[random.Next(options.Length)];

        private string Money() => random.Next(3) switch
        {
            0 => $"{1000 * (1 + random.Next(999))} USD",
            1 => $"about {1 + random.Next(90)} million USD",
            _ => $"more than {(1 + random.Next(900)).ToString("N0", CultureInfo.InvariantCulture)},000 EUR",
        };

        private string Date() => random.Next(3) switch
        {
            0 => $"{2000 + random.Next(25)}",
            1 => $"{2000 + random.Next(25)}-{1 + random.Next(12):00}",
            _ => $"{2000 + random.Next(25)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}",
        };

        private string Title(int words) =>
            string.Join(" ", Enumerable.Range(0, words).Select(_ => Capital(Words[20 + random.Next(Words.Length - 20)])));

        private string Upper(int letters) =>
            new(Enumerable.Range(0, letters).Select(_ => (char)('A' + random.Next(26))).ToArray());

        private string Sentence(int words)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < words; i++)
            {
                var word = i % 5 == 3 ? Names[random.Next(Names.Length)] : Words[random.Next(Words.Length)];
                builder.Append(i == 0 ? Capital(word) : (i % 7 == 6 ? ", " : " ") + word);
            }

            return builder.Append('.').ToString();
        }

        private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>SplitMix64: tiny, fast and the same everywhere, unlike <see cref="Random"/>'s unspecified algorithm.</summary>
    private sealed class SplitMix(int seed, int stream)
    {
        private ulong _state = ((ulong)(uint)seed << 32) ^ (ulong)(uint)stream ^ 0x9E3779B97F4A7C15UL;

        public int Next(int bound) => (int)(NextULong() % (ulong)bound);

        public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

        private ulong NextULong()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
