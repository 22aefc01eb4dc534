using System.IO;
using System.Linq;
using System.Text.Json;
using FactBase.Cli.Commands;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests;

public class ExportCommandTests
{
    [Fact]
    public void Exports_the_shipped_content_as_json()
    {
        var (code, json, error) = Export(RepoPaths.Content);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        using var document = JsonDocument.Parse(json);
        var facts = document.RootElement.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        var donation = facts["salesforce-donation-to-raices"];
        Assert.Equal("donation", donation.GetProperty("kind").GetString());
        Assert.Equal("content/events/salesforce-donation-to-raices.md", donation.GetProperty("path").GetString());
        var amount = donation.GetProperty("fields").GetProperty("amount");
        Assert.Equal(250000m, amount.GetProperty("amount").GetDecimal());
        Assert.Equal("USD", amount.GetProperty("currency").GetString());
        Assert.Equal("exact", amount.GetProperty("qualifier").GetString());
        Assert.Equal("raices", donation.GetProperty("fields").GetProperty("recipient").GetString());
        Assert.Equal("reported", donation.GetProperty("sources")[0].GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(donation.GetProperty("summary").GetString()));
        var kinds = document.RootElement.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("id").GetString());
        Assert.Contains("organization", kinds);
    }

    [Fact]
    public void Exports_one_entry_per_fact_file_of_the_shipped_content()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('_'))
            .Select(path => (Path: "content/" + Path.GetRelativePath(RepoPaths.Content, path).Replace('\\', '/'), Kind: KindOf(path)))
            .ToList();
        var factFiles = files.Where(f => f.Kind != "kind").Select(f => f.Path).Order(System.StringComparer.Ordinal);

        var (code, json, _) = Export(RepoPaths.Content);

        Assert.Equal(ExitCodes.Success, code);
        using var document = JsonDocument.Parse(json);
        var exported = document.RootElement.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(factFiles, exported.Order(System.StringComparer.Ordinal));
        Assert.Equal(files.Count(f => f.Kind == "kind"), document.RootElement.GetProperty("kinds").GetArrayLength());
        Assert.Contains("content/sources/reuters-raices-rejects-salesforce-donation.md", exported);
    }

    [Fact]
    public void Writes_money_quantities_dates_and_lists_as_cli_md_says()
    {
        using var content = new TempContent(
            ("kinds/thing.md", "---\nkind: kind\nfields:\n  budget: money\n  size: quantity\n  when: date\n  tags: list<string>?\n  note: string?\n---\n"),
            ("a.md", "---\nkind: thing\nbudget: about 40 million USD\nsize: more than 600\nwhen: --03\ntags: [a, \"b \\\"c\\\"\"]\n---\nBody\n"));

        var (code, json, _) = Export(content.Root);

        Assert.Equal(ExitCodes.Success, code);
        var fields = JsonDocument.Parse(json).RootElement.GetProperty("facts")[0].GetProperty("fields");
        Assert.Equal("""{"amount":40000000,"currency":"USD","qualifier":"about"}""", Compact(fields.GetProperty("budget")));
        Assert.Equal("""{"value":600,"qualifier":"more-than","unit":null}""", Compact(fields.GetProperty("size")));
        Assert.Equal("--03", fields.GetProperty("when").GetString());
        Assert.Equal(["a", "b \"c\""], fields.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.False(fields.TryGetProperty("note", out _));
    }

    [Fact]
    public void Prints_the_same_bytes_for_the_same_content() =>
        Assert.Equal(Export(RepoPaths.Content).Json, Export(RepoPaths.Content).Json);

    [Fact]
    public void Reports_errors_on_standard_error_and_exits_1()
    {
        using var content = new TempContent(("a.md", "---\nkind: nothing\n---\n"));

        var (code, json, error) = Export(content.Root);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("error FB0101", error, System.StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(json).RootElement.GetProperty("facts").GetArrayLength());
    }

    [Fact]
    public void The_json_format_in_cli_md_is_what_export_writes_member_for_member()
    {
        var doc = File.ReadAllText(RepoPaths.File("docs/cli.md"));
        var section = doc[doc.IndexOf("### The JSON format", System.StringComparison.Ordinal)..doc.IndexOf("\n## list", System.StringComparison.Ordinal)];
        using var content = new TempContent(
            ("kinds/base.md", "---\nkind: kind\nfields:\n  note: string?\n---\n"),
            ("kinds/source.md", "---\nkind: kind\nfields:\n  title: string\n---\n"),
            ("kinds/thing.md", "---\nkind: kind\nextends: base\nfields:\n  name: string\n  about: text?\n  count: int?\n  share: decimal?\n  listed: bool?\n  founded: date?\n  budget: money?\n  size: quantity?\n  site: url?\n  part-of: ref<thing>?\n  tags: list<string>?\n  category: \"enum(company, nonprofit)?\"\n---\n"),
            ("article.md", "---\nkind: source\ntitle: An article\n---\n"),
            ("texas.md", "---\nkind: thing\nname: Texas\n---\n"),
            ("raices.md", Block(section, "markdown")));

        var (code, json, error) = Export(content.Root);

        Assert.Equal((ExitCodes.Success, string.Empty), (code, error));
        var exported = JsonDocument.Parse(json).RootElement;
        var documented = JsonDocument.Parse(Block(section, "json")).RootElement;
        var fact = exported.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "raices");
        var kind = exported.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "thing");
        Assert.Equal(Compact(documented.GetProperty("facts")[0]), Compact(fact));
        Assert.Equal(Compact(documented.GetProperty("kinds")[0]), Compact(kind));

        // Every member the tables name is written, and every member written is named.
        Assert.Equal(Members(kind), Documented(section, "**A kind**"));
        Assert.Equal(Members(fact), Documented(section, "**A fact**"));
        Assert.Equal(Members(fact.GetProperty("sources")[1]), Documented(section, "**A citation**"));
        var values = section[section.IndexOf("**A field's value**", System.StringComparison.Ordinal)..];
        Assert.Contains($"`{{ {string.Join(", ", Members(fact.GetProperty("fields").GetProperty("budget")).Select(m => $"\"{m}\""))} }}`", values, System.StringComparison.Ordinal);
        Assert.Contains($"`{{ {string.Join(", ", Members(fact.GetProperty("fields").GetProperty("size")).Select(m => $"\"{m}\""))} }}`", values, System.StringComparison.Ordinal);
    }

    /// <summary>The first fenced block of a language in a piece of Markdown.</summary>
    private static string Block(string markdown, string language)
    {
        var start = markdown.IndexOf("```" + language + "\n", System.StringComparison.Ordinal) + language.Length + 4;
        return markdown[start..markdown.IndexOf("```", start, System.StringComparison.Ordinal)];
    }

    /// <summary>The members a table names in its first column, from the line that starts it to the blank line after it.</summary>
    private static string[] Documented(string markdown, string heading)
    {
        var table = markdown[markdown.IndexOf(heading, System.StringComparison.Ordinal)..];
        table = table[table.IndexOf("\n|", System.StringComparison.Ordinal)..table.IndexOf("\n\n", table.IndexOf("\n|", System.StringComparison.Ordinal), System.StringComparison.Ordinal)];
        return table.Split('\n').Skip(3).Select(row => row.Split('|')[1].Trim().Trim('`')).ToArray();
    }

    private static string[] Members(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>The <c>kind:</c> of a file's front matter, read as plainly as a person would.</summary>
    private static string? KindOf(string path) =>
        File.ReadLines(path).Skip(1).TakeWhile(line => line.TrimEnd() != "---")
            .Where(line => line.StartsWith("kind:", System.StringComparison.Ordinal))
            .Select(line => line["kind:".Length..].Trim().Trim('"', '\''))
            .FirstOrDefault();

    [Fact]
    public void Json_lines_hold_one_fact_a_line_as_the_document_holds_it()
    {
        var (code, lines, error) = Export(RepoPaths.Content, ExportFormat.Jsonl);
        var document = JsonDocument.Parse(Export(RepoPaths.Content).Json).RootElement.GetProperty("facts");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        Assert.EndsWith("}\n", lines, System.StringComparison.Ordinal);
        var split = lines.TrimEnd('\n').Split('\n');
        Assert.Equal(document.GetArrayLength(), split.Length);
        Assert.Equal(document.EnumerateArray().Select(Compact), split.Select(line => Compact(JsonDocument.Parse(line).RootElement)));
        Assert.All(split, line => Assert.DoesNotContain('\n', line));
    }

    [Fact]
    public void Json_lines_of_content_without_facts_are_empty()
    {
        using var content = new TempContent(("kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n---\n"));

        var (code, lines, _) = Export(content.Root, ExportFormat.Jsonl);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(lines);
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    private static (int Code, string Json, string Error) Export(string directory, ExportFormat format = ExportFormat.Json)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var code = ExportCommand.Run(directory, ReadOptions.Default, output, error, format);
        return (code, System.Text.Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
