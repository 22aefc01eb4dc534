using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Model;

namespace FactBase.Compiler.Tests;

/// <summary>
/// Advice a writer can follow as written: the fix is read out of the message, applied to the file
/// at the place the diagnostic names, and the content compiled again, until it compiles; then the
/// fact must hold the value the writer meant, not merely some value.
/// </summary>
public class FollowedAdviceTests
{
    private const string Fact = "content/a.md";

    public static TheoryData<string, decimal, string, Qualifier> SymbolMoney()
    {
        var data = new TheoryData<string, decimal, string, Qualifier>();
        var qualifiers = new (string Written, Qualifier Qualifier)[]
        {
            (string.Empty, Qualifier.Exact), ("about ", Qualifier.About), ("more than ", Qualifier.MoreThan),
            ("at least ", Qualifier.AtLeast), ("less than ", Qualifier.LessThan), ("at most ", Qualifier.AtMost),
        };
        var scales = new (string Word, decimal Factor)[] { ("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m) };
        var symbols = new (string Symbol, string Code)[] { ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY") };
        foreach (var (written, qualifier) in qualifiers)
        {
            foreach (var (word, factor) in scales)
            {
                foreach (var (symbol, code) in symbols)
                {
                    data.Add($"{written}{symbol}40 {word}", 40 * factor, code, qualifier);
                    data.Add($"{written}{symbol}1.5 {word}", 1.5m * factor, code, qualifier);
                }
            }
        }

        data.Add("$250,000", 250_000m, "USD", Qualifier.Exact);
        data.Add("about $250,000", 250_000m, "USD", Qualifier.About);
        data.Add("$ 40 million", 40_000_000m, "USD", Qualifier.Exact);           // the symbol apart from the number
        data.Add("about USD 40 million", 40_000_000m, "USD", Qualifier.About);   // the code first
        data.Add("over $40 million", 40_000_000m, "USD", Qualifier.MoreThan);    // two fixes, one after the other
        data.Add("40 million $", 40_000_000m, "USD", Qualifier.Exact);           // the symbol where the code goes
        return data;
    }

    [Theory]
    [MemberData(nameof(SymbolMoney))]
    public void Money_written_with_a_symbol_gets_a_fix_that_keeps_its_scale_and_qualifier(string written, decimal amount, string currency, Qualifier qualifier)
    {
        var fact = FollowAdvice($"---\nkind: organization\nname: RAICES\nbudget: {written}\n---\n");

        Assert.Equal(new MoneyValue(amount, currency, qualifier), Field(fact, "budget"));
    }

    [Theory]
    [InlineData("over 600", 600, Qualifier.MoreThan, null)]
    [InlineData("above 600 people", 600, Qualifier.MoreThan, "people")]
    [InlineData("around 130 people", 130, Qualifier.About, "people")]
    [InlineData("roughly 130", 130, Qualifier.About, null)]
    [InlineData("approximately 2 million people", 2_000_000, Qualifier.About, "people")]
    [InlineData("under 5", 5, Qualifier.LessThan, null)]
    [InlineData("fewer than 5 staff", 5, Qualifier.LessThan, "staff")]
    [InlineData("up to 20 people", 20, Qualifier.AtMost, "people")]
    [InlineData("no more than 20", 20, Qualifier.AtMost, null)]
    [InlineData("no fewer than 3", 3, Qualifier.AtLeast, null)]
    [InlineData("more then 600", 600, Qualifier.MoreThan, null)]
    public void A_common_word_for_a_qualifier_gets_the_qualifier_it_means(string written, decimal number, Qualifier qualifier, string? unit)
    {
        var fact = FollowAdvice($"---\nkind: organization\nname: RAICES\nsize: {written}\n---\n");

        Assert.Equal(new QuantityValue(number, qualifier, unit), Field(fact, "size"));
    }

    public static TheoryData<string, string, Func<FactModel, object?>, object?> MisIndented() => new()
    {
        {
            "a quote indented by 3 spaces under a list item",
            "sources:\n  - source: article\n   quote: \"rejected a donation\"",
            f => f.Sources.Single().Quote, "rejected a donation"
        },
        {
            "a quote indented deeper than its source",
            "sources:\n  - source: article\n     quote: \"rejected a donation\"",
            f => f.Sources.Single().Quote, "rejected a donation"
        },
        {
            "a quote indented as far as the '-'",
            "sources:\n  - source: article\n  quote: \"rejected a donation\"",
            f => f.Sources.Single().Quote, "rejected a donation"
        },
        {
            "a top-level key indented by one space",
            " based-in: texas",
            f => (Field(f, "based-in") as RefValue)?.Id, "texas"
        },
        {
            "a top-level key indented by one space after a quoted value",
            "aliases: [\"Refugee Center\"]\n based-in: texas",
            f => (Field(f, "based-in") as RefValue)?.Id, "texas"
        },
        {
            "a top-level key indented by one space after a list",
            "sources:\n  - source: article\n based-in: texas",
            f => (Field(f, "based-in") as RefValue)?.Id, "texas"
        },
        {
            "an over-indented note after a plain value",
            "sources:\n  - source: article\n    status: unconfirmed\n      note: an aside",
            f => (f.Sources.Single().Status, f.Sources.Single().Note), (CitationStatus.Unconfirmed, "an aside")
        },
        {
            "an over-indented note after a quoted value",
            "sources:\n  - source: article\n    quote: \"rejected a donation\"\n      note: an aside",
            f => (f.Sources.Single().Quote, f.Sources.Single().Note), ("rejected a donation", "an aside")
        },
        {
            "' - source:' at one space, with the quote where a two-space item has it",
            "sources:\n - source: article\n    quote: \"rejected a donation\"",
            f => f.Sources.Single().Quote, "rejected a donation"
        },
        {
            "a second item indented one space deeper than the first, and its quote too",
            "sources:\n  - source: article\n   - source: article\n     quote: \"again\"",
            f => string.Join("|", f.Sources.Select(c => c.Quote ?? "-")), "-|again"
        },
        {
            "a key after a block scalar, indented by one space",
            "aliases:\n  - |\n    Refugee Center\n based-in: texas",
            f => (Field(f, "based-in") as RefValue)?.Id, "texas"
        },
    };

    [Theory]
    [MemberData(nameof(MisIndented))]
    public void A_mis_indented_line_is_told_the_column_to_move_to(string why, string lines, Func<FactModel, object?> read, object? meant)
    {
        var problems = new List<Diagnostic>();
        var fact = FollowAdvice($"---\nkind: organization\nname: RAICES\n{lines}\n---\n", problems);

        Assert.All(problems, p => Assert.Contains("check the indentation: ", p.Message, StringComparison.Ordinal));
        Assert.True(Equals(meant, read(fact)), $"{why}: {read(fact)}, not {meant}");
    }

    [Fact]
    public void The_first_key_indented_by_one_space_is_moved_to_the_first_column()
    {
        var problems = new List<Diagnostic>();
        var fact = FollowAdvice("---\n kind: organization\nname: RAICES\n---\n", problems);

        Assert.Equal("FB0003 content/a.md(2,2)", TestContent.Describe(Assert.Single(problems)));
        Assert.EndsWith("check the indentation: 'kind:' starts in column 2; move it to column 1, where the front matter's keys start", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("RAICES", (Field(fact, "name") as StringValue)?.Text);
    }

    [Theory]
    [InlineData("name: Salesforce: the company", "Salesforce: the company")]
    [InlineData("name: Salesforce: \"the\" company # a comment", "Salesforce: \"the\" company")]
    [InlineData("name: It's Salesforce: the company\\", "It's Salesforce: the company\\")]
    [InlineData("aliases: [x]\nname Salesforce, the company", "Salesforce, the company")]
    public void A_value_with_a_colon_or_a_key_without_one_is_told_the_line_to_write(string line, string name)
    {
        var problems = new List<Diagnostic>();
        var fact = FollowAdvice($"---\nkind: organization\n{line}\n---\n", problems);

        Assert.DoesNotContain("indentation", Assert.Single(problems).Message, StringComparison.Ordinal);
        Assert.Equal(name, (Field(fact, "name") as StringValue)?.Text);
    }

    [Fact]
    public void A_duplicate_id_is_blamed_on_the_file_that_declares_it_and_the_fix_keeps_both_facts()
    {
        var files = new Dictionary<string, string>
        {
            ["content/places/austin.md"] = "---\nkind: place\nname: Austin\n---\n",
            ["content/places/austin-tx.md"] = "---\nkind: place\nid: austin\nname: Austin, Texas\n---\n",
        };
        var problems = new List<Diagnostic>();

        var result = FollowAdvice(files, problems);

        Assert.Equal("FB0300 content/places/austin-tx.md(3,5)", TestContent.Describe(Assert.Single(problems)));
        Assert.StartsWith("The id 'austin' is also the id of content/places/austin.md (by its file name), which keeps it; this fact is left out: ", problems[0].Message, StringComparison.Ordinal);
        var names = result.Model.Facts.ToDictionary(f => f.Id, f => (Field(f, "name") as StringValue)?.Text);
        Assert.Equal("Austin", names["austin"]);
        Assert.Equal("Austin, Texas", names["austin-tx"]);
    }

    private static FactModel FollowAdvice(string text, List<Diagnostic>? problems = null) =>
        FollowAdvice(new Dictionary<string, string> { [Fact] = text }, problems).Model.Facts.Single(f => f.Path == Fact);

    /// <summary>
    /// Compiles the files beside a source and a place, and while there is a problem, follows its
    /// advice in the file it names; fails on a problem with no advice to follow, or on a third round.
    /// </summary>
    private static CompilationResult FollowAdvice(Dictionary<string, string> files, List<Diagnostic>? problems)
    {
        for (var round = 0; ; round++)
        {
            var result = TestContent.Compile([("content/article.md", TestContent.Article), ("content/texas.md", TestContent.Texas), .. files.Select(f => (f.Key, f.Value))]);
            if (result.Diagnostics.Count == 0)
            {
                Assert.True(round > 0, "the content compiled as written: there was no advice to follow");
                return result;
            }

            Assert.True(round < 2, "still not compiling after two fixes: " + result.Diagnostics[0].Message);
            var problem = Assert.Single(result.Diagnostics);
            problems?.Add(problem);
            files[problem.Path] = Follow(problem, files[problem.Path]);
        }
    }

    /// <summary>The file with the fix the message gives made at the place the diagnostic names.</summary>
    private static string Follow(Diagnostic problem, string text)
    {
        var lines = text.Split('\n').ToList();
        var index = problem.Span.Line - 1;
        var line = lines[index];
        var column = problem.Span.Column - 1;
        var message = problem.Message;
        if (Regex.Match(message, "write it as '(?<value>[^']+)'") is { Success: true } value)
        {
            lines[index] = line[..column] + value.Groups["value"].Value;
        }
        else if (Regex.Match(message, @"^'(?<written>[^']+)' is not (a qualifier|an ISO 4217 currency code) \(did you mean '(?<meant>[^']+)'\?\)") is { Success: true } meant)
        {
            var written = meant.Groups["written"].Value;
            var at = line.IndexOf(written, column, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{written}' is not on line {index + 1} from column {column + 1}: {line}");
            lines[index] = line[..at] + meant.Groups["meant"].Value + line[(at + written.Length)..];
        }
        else if (Regex.Match(message, @"starts in column (?<from>\d+); move it to column (?<to>\d+)") is { Success: true } move)
        {
            var from = int.Parse(move.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(from, problem.Span.Column);
            Assert.Equal(from - 1, line.Length - line.TrimStart(' ').Length);
            lines[index] = new string(' ', int.Parse(move.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1) + line.TrimStart(' ');
        }
        else if (Regex.Match(message, "write it as (?<line>[^'].*)$") is { Success: true } rewrite)
        {
            var indentation = Regex.Match(line, "^ *(- +)*").Value;
            lines[index] = indentation + rewrite.Groups["line"].Value;
        }
        else if (message.Contains("remove the 'id:' line", StringComparison.Ordinal))
        {
            Assert.StartsWith("id:", line, StringComparison.Ordinal);
            lines.RemoveAt(index);
        }
        else
        {
            Assert.Fail($"no fix to follow in: {message}");
        }

        return string.Join("\n", lines);
    }

    private static Value? Field(FactModel fact, string name) => fact.Fields.FirstOrDefault(f => f.Name == name).Value;
}
