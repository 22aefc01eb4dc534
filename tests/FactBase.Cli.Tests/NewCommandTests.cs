using System;
using System.IO;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests;

public class NewCommandTests
{
    [Fact]
    public void Scaffolds_every_field_required_first_into_the_folder_of_its_kind()
    {
        using var content = TempContent.CopyOfShipped();

        var (code, output, error) = New(content, "donation", "big-gift");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"factbase: fill in donor, recipient, amount and outcome, and the citation's source in {content.Root}/events/big-gift.md; until then 'factbase check {content.Root}' reports them\n", error);
        Assert.Equal($"{content.Root}/events/big-gift.md\n", output);   // where the donations are
        var lines = File.ReadAllLines(content.PathOf("events/big-gift.md"));
        Assert.Equal("---", lines[0]);
        Assert.Equal("kind: donation", lines[1]);
        Assert.Equal(["donor:", "recipient:", "amount:", "outcome:"], lines[2..6].Select(l => l.Split(' ')[0]));
        Assert.Matches(@"^amount: +# money, required: as in '250000 USD'", lines[4]);
        Assert.Matches(@"^# reason: +# text: why the recipient decided as it did", lines.Single(l => l.StartsWith("# reason:", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("# on: ", StringComparison.Ordinal));          // inherited from event
        Assert.Contains("sources:", lines);
        Assert.Equal(["---", string.Empty], lines[^2..]);                               // then the body, empty
    }

    [Fact]
    public void Check_reports_exactly_what_new_says_is_left_to_fill_in_and_nothing_once_it_is()
    {
        using var content = TempContent.CopyOfShipped();
        New(content, "donation", "big-gift");

        var check = Run.Capture((o, e) => CheckCommand.Run(content.Root, ReadOptions.Default, o, e));

        var problems = check.Output.Split('\n').Where(l => l.Contains("FB", StringComparison.Ordinal)).ToList();
        Assert.All(problems, p => Assert.StartsWith($"{content.Root}/events/big-gift.md(", p, StringComparison.Ordinal));
        Assert.Equal(
            [
                "(3,1): error FB0201: The donation 'big-gift' lacks the required field 'donor' (ref<organization>)",
                "(4,1): error FB0201: The donation 'big-gift' lacks the required field 'recipient' (ref<organization>)",
                "(5,1): error FB0201: The donation 'big-gift' lacks the required field 'amount' (money)",
                "(6,1): error FB0201: The donation 'big-gift' lacks the required field 'outcome' (enum(offered, accepted, rejected))",
                "(18,5): error FB0212: Invalid citation: 'source' is empty: write the id of the source after 'source:'",
            ],
            problems.Select(p => p[p.IndexOf('(', StringComparison.Ordinal)..].Split(": add it", 2)[0]));

        // Filled in, it is a valid fact, with the optional fields and citation keys still commented out or empty.
        var path = content.PathOf("events/big-gift.md");
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("donor:  ", "donor: salesforce  ", StringComparison.Ordinal)
            .Replace("recipient:  ", "recipient: raices  ", StringComparison.Ordinal)
            .Replace("amount:  ", "amount: 1 USD  ", StringComparison.Ordinal)
            .Replace("outcome:  ", "outcome: offered  ", StringComparison.Ordinal)
            .Replace("- source:  ", "- source: reuters-raices-rejects-salesforce-donation  ", StringComparison.Ordinal));
        var again = Run.Capture((o, e) => CheckCommand.Run(content.Root, ReadOptions.Default, o, e));
        Assert.Equal(ExitCodes.Success, again.Code);
    }

    [Fact]
    public void A_scaffold_of_a_kind_with_no_required_field_leaves_only_the_source_to_fill_in()
    {
        using var content = new TempContent(
            ("kinds/place.md", "---\nkind: kind\nplural: places\nfields:\n  name: string?\n---\n"),
            ("kinds/source.md", "---\nkind: kind\nfields:\n  title: string\n---\n"),
            ("sources/article.md", "---\nkind: source\ntitle: An article\n---\n"));

        var (_, _, error) = New(content, "place", "texas");
        var check = Run.Capture((o, e) => CheckCommand.Run(content.Root, ReadOptions.Default, o, e));

        Assert.StartsWith("factbase: fill in the citation's source in ", error, StringComparison.Ordinal);
        Assert.Equal([$"{content.Root}/places/texas.md(5,5): error FB0212: Invalid citation: 'source' is empty: write the id of the source after 'source:'"], check.Output.Split('\n').Where(l => l.Contains("FB", StringComparison.Ordinal)));

        var path = content.PathOf("places/texas.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("- source:  ", "- source: article  ", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, Run.Capture((o, e) => CheckCommand.Run(content.Root, ReadOptions.Default, o, e)).Code);
    }

    [Fact]
    public void Never_overwrites_a_file()
    {
        using var content = TempContent.CopyOfShipped();
        New(content, "person", "jane-doe");
        var path = content.PathOf("people/jane-doe.md");
        File.WriteAllText(path, "edited");

        var (code, output, error) = New(content, "person", "jane-doe");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Empty(output);
        Assert.Contains("'jane-doe' is taken", error, StringComparison.Ordinal);
        Assert.Equal("edited", File.ReadAllText(path));
    }

    [Fact]
    public void Refuses_an_id_another_fact_has_in_any_folder()
    {
        using var content = TempContent.CopyOfShipped();

        var (code, _, error) = New(content, "person", "raices", folder: "people");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"taken by {content.Root}/organizations/raices.md", error, StringComparison.Ordinal);
        Assert.False(File.Exists(content.PathOf("people/raices.md")));
    }

    [Theory]
    [InlineData("persn", "jane", "no kind 'persn' to make a fact of (did you mean 'person'?)")]
    [InlineData("kind", "jane", "a new kind is a file of its own, kinds/<name>.md, whose front matter starts with 'kind: kind'")]
    [InlineData("person", "Jane Doe", "such as 'jane-doe', not 'Jane Doe'")]
    public void Refuses_an_unknown_kind_or_a_bad_id(string kind, string id, string message)
    {
        using var content = TempContent.CopyOfShipped();

        var (code, _, error) = New(content, kind, id);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_folder_outside_the_content()
    {
        using var content = TempContent.CopyOfShipped();

        var (code, _, error) = New(content, "person", "jane", folder: "../elsewhere");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("outside", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(content.Root, "..", "elsewhere")));
    }

    [Fact]
    public void Goes_with_facts_of_its_base_kind_else_into_its_plural()
    {
        using var content = new TempContent(
            ("kinds/event.md", "---\nkind: kind\nplural: events\nfields:\n  on: date?\n---\n"),
            ("kinds/meeting.md", "---\nkind: kind\nplural: meetings\nextends: event\nfields:\n  topic: string\n---\n"),
            ("kinds/place.md", "---\nkind: kind\nplural: places\nfields:\n  name: string\n---\n"),
            ("happenings/launch.md", "---\nkind: event\non: 2018\n---\n"));

        Assert.Equal($"{content.Root}/happenings/kickoff.md\n", New(content, "meeting", "kickoff").Output);
        Assert.Equal($"{content.Root}/places/texas.md\n", New(content, "place", "texas").Output);
        Assert.Equal($"{content.Root}/texts/x/austin.md\n", New(content, "place", "austin", folder: "texts/x").Output);
    }

    private static (int Code, string Output, string Error) New(TempContent content, string kind, string id, string? folder = null) =>
        Run.Capture((o, e) => NewCommand.Run(content.Root, kind, id, folder, ReadOptions.Default, o, e));
}
