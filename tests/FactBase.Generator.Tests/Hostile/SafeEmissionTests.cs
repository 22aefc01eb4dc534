using System.Linq;
using FactBase.Generator.Tests.Harness;

namespace FactBase.Generator.Tests.Hostile;

/// <summary>Content that could break out of a literal, a comment or a name compiles, and round-trips exactly.</summary>
public class SafeEmissionTests
{
    // Written as YAML double-quoted strings; the C# string each should read back as is beside it.
    public static TheoryData<string, string> HostileStrings => new()
    {
        { "\\\"quoted\\\" and \\\\ backslash", "\"quoted\" and \\ backslash" },
        { "raw \\\"\\\"\\\" triple", "raw \"\"\" triple" },
        { "{braces} {{0}} $\\\"{x}\\\"", "{braces} {{0}} $\"{x}\"" },
        { "*/ end of comment /* and </summary> <!-- -->", "*/ end of comment /* and </summary> <!-- -->" },
        { "#line 1 \\\"evil.cs\\\"\\n#error no", "#line 1 \"evil.cs\"\n#error no" },
        { "bell \\a nul \\0 esc \\e del \\x7F", "bell \a nul \0 esc \u001B del \u007F" },
        { "line\\u2028separator\\u2029and\\x85next", "line\u2028separator\u2029and\u0085next" },
        { "emoji 😀🏳️‍🌈 and RTL مرحبا \\u202Eevil\\u202C", "emoji 😀🏳️‍🌈 and RTL مرحبا \u202Eevil\u202C" },
        { "tab\\there\\r\\nCRLF", "tab\there\r\nCRLF" },
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Strings_compile_and_read_back_exactly(string yaml, string expected)
    {
        var files = SampleContent.Files.Append(("places/hostile.md", $"---\nkind: place\nname: \"{yaml}\"\naliases: [\"{yaml}\"]\nsources:\n  - source: article\n    quote: \"{yaml}\"\n    note: \"{yaml}\"\n---\n"));
        var harness = new GeneratorHarness(files);

        var (output, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        using var loaded = harness.Load(output);
        var fact = loaded.Fact("Places", "Hostile");
        Assert.Equal(expected, LoadedKnowledgeBase.Get(fact, "Name"));
        Assert.Equal(expected, Assert.Single((System.Collections.Generic.IReadOnlyList<string>)LoadedKnowledgeBase.Get(fact, "Aliases")!));
        Assert.Equal(expected, fact.Sources[0].Quote);
        Assert.Equal(expected, fact.Sources[0].Note);
    }

    [Fact]
    public void Ids_that_are_keywords_or_start_with_a_digit_become_valid_names()
    {
        var files = SampleContent.Files
            .Append(("places/class.md", "---\nkind: place\nname: a keyword\n---\n"))
            .Append(("places/namespace.md", "---\nkind: place\nname: another\n---\n"))
            .Append(("places/2018-report.md", "---\nkind: place\nname: a digit\n---\n"))
            .Append(("places/all.md", "---\nkind: place\nname: the collection's own member\n---\n"));
        var harness = new GeneratorHarness(files);

        var (output, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Where(d => !d.Id.StartsWith("FB", System.StringComparison.Ordinal)).Select(d => d.ToString()));
        Assert.Equal("FB0301", Assert.Single(harness.Run().Diagnostics).Id);
        using var loaded = harness.Load(output);
        Assert.Equal("class", loaded.Fact("Places", "Class").Id);
        Assert.Equal("namespace", loaded.Fact("Places", "Namespace").Id);
        Assert.Equal("2018-report", loaded.Fact("Places", "_2018Report").Id);
    }

    [Fact]
    public void Enum_values_read_back_as_written_in_a_base_kind_and_in_lists()
    {
        // Records hold an enum value as the index of its member: each must read back as the member written.
        var files = SampleContent.Files
            .Append(("kinds/signal.md", "---\nkind: kind\nfields:\n  level: enum(low, mid-range, high)\n---\nA signal.\n"))
            .Append(("kinds/alarm.md", "---\nkind: kind\nextends: signal\nfields:\n  history: list<enum(off, on)>?\n---\nAn alarm.\n"))
            .Append(("alarms/north.md", "---\nkind: alarm\nlevel: high\nhistory: [on, off, on]\n---\n"))
            .Append(("alarms/south.md", "---\nkind: alarm\nlevel: mid-range\n---\n"))
            .Append(("signals/east.md", "---\nkind: signal\nlevel: low\n---\n"));
        var harness = new GeneratorHarness(files);

        var (output, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.Empty(harness.Run().Diagnostics.Select(d => d.ToString()));
        using var loaded = harness.Load(output);
        Assert.Equal("High", LoadedKnowledgeBase.Get(loaded.Fact("Alarms", "North"), "Level")!.ToString());
        Assert.Equal(["On", "Off", "On"], ((System.Collections.IEnumerable)LoadedKnowledgeBase.Get(loaded.Fact("Alarms", "North"), "History")!).Cast<object>().Select(v => v.ToString()));
        Assert.Equal("MidRange", LoadedKnowledgeBase.Get(loaded.Fact("Alarms", "South"), "Level")!.ToString());
        Assert.Equal("Low", LoadedKnowledgeBase.Get(loaded.Fact("Signals", "East"), "Level")!.ToString());
    }

    [Fact]
    public void Bodies_with_code_fences_raw_html_and_rules_round_trip()
    {
        const string body = "Intro with `code` and <b>raw</b>.\n\n```csharp\nvar s = \"\"\"x\"\"\"; // */\n```\n\n---\n\n<!-- comment --> <script>alert(1)</script>\n";
        var files = SampleContent.Files.Append(("places/body.md", "---\nkind: place\nname: b\n---\n" + body));
        var harness = new GeneratorHarness(files);

        var (output, diagnostics) = harness.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        using var loaded = harness.Load(output);
        var fact = loaded.Fact("Places", "Body");
        Assert.Contains("var s = \"\"\"x\"\"\"; // */", fact.Body.Text, System.StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-csharp\">var s = &quot;&quot;&quot;x&quot;&quot;&quot;; // */", fact.Body.Html, System.StringComparison.Ordinal);
        Assert.Contains("<hr />", fact.Body.Html, System.StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", fact.Body.Html, System.StringComparison.Ordinal);
        Assert.Equal("Intro with code and raw.", fact.Body.Summary);
    }
}
