using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactBase.Cli.Commands;
using FactBase.Cli.Loading;
using FactBase.Cli.Schemas;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Checking;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;
using Json.Schema;

namespace FactBase.Cli.Tests;

public class SchemaCommandTests
{
    private static readonly Lazy<LoadedContent> Shipped = new(() => LoadedContent.Load(RepoPaths.Content, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    /// <summary>A valid donation's front matter, which the rejection tests spoil one way each.</summary>
    private const string Donation = """
        ---
        kind: donation
        donor: salesforce
        recipient: raices
        amount: 250000 USD
        outcome: rejected
        on: 2018
        weekday: thursday
        after: [salesforce-efforts-to-allay-employee-concerns]
        sources:
          - reuters-raices-rejects-salesforce-donation
          - source: reuters-raices-rejects-salesforce-donation
            quote: "rejected a $250,000 donation"
            status: confirmed
            by: raices
        ---
        """;

    [Fact]
    public void Describes_each_kind_with_its_required_fields_and_no_others()
    {
        var schema = Shipped.Value.Schema;
        foreach (var kind in FrontMatterSchema.FactKinds(schema))
        {
            var json = FrontMatterSchema.ForKind(schema, kind.Id);
            var fields = schema.AllFields(kind.Id);

            Assert.Equal(kind.Id, json["properties"]!["kind"]!["const"]!.GetValue<string>());
            Assert.Equal(
                ["kind", .. fields.Where(f => !f.Optional).Select(f => f.Name)],
                json["required"]!.AsArray().Select(n => n!.GetValue<string>()));
            Assert.Equal(
                ["kind", "id", .. fields.Select(f => f.Name), "sources"],
                json["properties"]!.AsObject().Select(p => p.Key));
            Assert.False(json["additionalProperties"]!.GetValue<bool>());
        }
    }

    [Fact]
    public void Gives_each_type_its_json_schema()
    {
        var donation = FrontMatterSchema.ForKind(Shipped.Value.Schema, "donation")["properties"]!;

        Assert.Equal(["offered", "accepted", "rejected"], donation["outcome"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(FrontMatterSchema.MoneyPattern, donation["amount"]!["pattern"]!.GetValue<string>());
        Assert.Equal(FrontMatterSchema.IdPattern, donation["donor"]!["pattern"]!.GetValue<string>());
        // Optional: the type, or null for 'key:' left empty.
        var on = donation["on"]!["anyOf"]!.AsArray();
        Assert.Equal(FrontMatterSchema.DatePattern, on[0]!["pattern"]!.GetValue<string>());
        Assert.Equal("null", on[1]!["type"]!.GetValue<string>());
        var after = donation["after"]!["anyOf"]![0]!;
        Assert.Equal("array", after["type"]!.GetValue<string>());
        Assert.Equal(FrontMatterSchema.IdPattern, after["items"]!["pattern"]!.GetValue<string>());
        Assert.Equal("#/definitions/sources", donation["sources"]!["$ref"]!.GetValue<string>());
        Assert.Contains("the recipient", donation["reason"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_the_front_matter_of_every_shipped_fact()
    {
        var schema = Shipped.Value.Schema;
        var any = Build(FrontMatterSchema.ForAllKinds(schema));
        var byKind = FrontMatterSchema.FactKinds(schema).ToDictionary(k => k.Id, k => Build(FrontMatterSchema.ForKind(schema, k.Id)));
        var checkedFacts = 0;
        foreach (var fact in Shipped.Value.Model.Facts)
        {
            var frontMatter = Element(FrontMatterJson.FromMarkdown(File.ReadAllText(fact.Path)));

            AssertValid(byKind[fact.Kind], frontMatter, fact.Path);
            AssertValid(any, frontMatter, fact.Path);
            checkedFacts++;
        }

        Assert.Equal(Shipped.Value.Model.Facts.Count, checkedFacts);
    }

    [Theory]
    [InlineData("donor: salesforce\n", "")]                                      // a required field left out
    [InlineData("donor: salesforce\n", "donor:\n")]                              // ... or left empty
    [InlineData("outcome: rejected", "outcome: maybe")]                          // not in the enum
    [InlineData("amount: 250000 USD", "amount: 250000")]                         // money needs its currency
    [InlineData("amount: 250000 USD", "amount: about forty USD")]                // ... and a number
    [InlineData("on: 2018", "on: 2018-13")]                                      // no month 13
    [InlineData("on: 2018", "on: June 2018")]
    [InlineData("donor: salesforce", "donor: Salesforce Inc")]                   // a ref is an id
    [InlineData("weekday: thursday", "weekday: Thursday")]
    [InlineData("after: [salesforce-efforts-to-allay-employee-concerns]", "after: salesforce-efforts-to-allay-employee-concerns")] // a list
    [InlineData("outcome: rejected", "outcome: rejected\nouctome: rejected")]   // an unknown field
    [InlineData("status: confirmed", "status: rumoured")]                        // citation status
    [InlineData("by: raices", "by: raices\n    page: 3")]                        // citation keys
    [InlineData("kind: donation", "kind: donation-plan")]                        // another kind's fields
    public void Rejects_front_matter_the_compiler_rejects(string valid, string spoilt)
    {
        var schema = Shipped.Value.Schema;
        var text = Donation.Replace(valid, spoilt, StringComparison.Ordinal);
        Assert.NotEqual(Donation, text);
        var frontMatter = Element(FrontMatterJson.FromMarkdown(text));

        Assert.False(Build(FrontMatterSchema.ForKind(schema, "donation")).Evaluate(frontMatter, Evaluation).IsValid, text);
        Assert.True(Build(FrontMatterSchema.ForKind(schema, "donation")).Evaluate(Element(FrontMatterJson.FromMarkdown(Donation)), Evaluation).IsValid);

        // And the compiler agrees that the spoilt one is wrong.
        using var content = TempContent.CopyOfShipped();
        content.Write("events/test-donation.md", text + "\n");
        var check = Run.Capture((o, e) => CheckCommand.Run(content.Root, ReadOptions.Default, o, e));
        Assert.Equal(ExitCodes.ContentErrors, check.Code);
    }

    [Fact]
    public void The_schema_for_any_fact_picks_the_kind_by_its_kind_key()
    {
        var any = Build(FrontMatterSchema.ForAllKinds(Shipped.Value.Schema));

        Assert.True(any.Evaluate(Element(FrontMatterJson.FromMarkdown(Donation)), Evaluation).IsValid);
        Assert.False(any.Evaluate(Element(FrontMatterJson.FromMarkdown(Donation.Replace("donor: salesforce\n", string.Empty, StringComparison.Ordinal))), Evaluation).IsValid);
        Assert.False(any.Evaluate(Element(FrontMatterJson.FromMarkdown("---\nkind: donatoin\n---\n")), Evaluation).IsValid);
        Assert.False(any.Evaluate(Element(FrontMatterJson.FromMarkdown("---\nname: no kind\n---\n")), Evaluation).IsValid);
    }

    [Fact]
    public void Types_scalars_as_the_editor_reads_them_and_holds_text_to_the_compilers_rules()
    {
        using var content = new TempContent(
            ("kinds/thing.md", "---\nkind: kind\nfields:\n  count: int?\n  ratio: decimal?\n  flag: bool?\n  size: quantity?\n  link: url?\n  title: string?\n  level: enum(1, 2, 10)?\n---\n"));
        var loaded = LoadedContent.Load(content.Root, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!;
        var schema = Build(FrontMatterSchema.ForKind(loaded.Schema, "thing"));

        bool Valid(string line) => schema.Evaluate(Element(FrontMatterJson.FromMarkdown($"---\nkind: thing\n{line}\n---\n")), Evaluation).IsValid;

        Assert.True(Valid("count: 42"));
        Assert.True(Valid("count: \"42\""));
        Assert.False(Valid("count: 4.5"));
        Assert.True(Valid("ratio: 1.5"));
        Assert.True(Valid("flag: true"));
        Assert.False(Valid("flag: yes"));                 // no Norway problem: 'yes' is not a boolean to FactBase
        Assert.True(Valid("size: 600"));
        Assert.True(Valid("size: more than 600"));
        Assert.True(Valid("size: about 130 people"));
        Assert.False(Valid("size: lots"));
        Assert.True(Valid("link: https://example.org/page"));
        Assert.False(Valid("link: example.org"));
        Assert.True(Valid("title: 1984"));                // a string field: the editor's number is fine
        Assert.True(Valid("title: NO"));
        Assert.True(Valid("level: 10"));                  // an enum member the editor reads as a number
        Assert.False(Valid("level: 3"));
        Assert.True(Valid("count:"));                     // an optional field left empty
    }

    [Theory]
    [InlineData("2018")]
    [InlineData("2018-03")]
    [InlineData("2018-06-21")]
    [InlineData("--03")]
    [InlineData("--03-21")]
    [InlineData("2018-13")]
    [InlineData("2018-00")]
    [InlineData("2018-3")]
    [InlineData("18")]
    [InlineData("-")]
    [InlineData("2018-06-32")]
    [InlineData("June 2018")]
    public void The_date_pattern_agrees_with_the_compiler(string text) =>
        Assert.Equal(DateParser.Parse(text).Value is not null, Regex.IsMatch(text, FrontMatterSchema.DatePattern));

    [Theory]
    [InlineData("250000 USD")]
    [InlineData("about 40 million USD")]
    [InlineData("more than 1,000 EUR")]
    [InlineData("at most 1.5 billion GBP")]
    [InlineData("-5 USD")]
    [InlineData("250000")]
    [InlineData("USD 250000")]
    [InlineData("some 40 USD")]
    [InlineData("40 million")]
    [InlineData("1,00 USD")]
    [InlineData("40 USD dollars")]
    public void The_money_pattern_agrees_with_the_compiler(string text) =>
        Assert.Equal(AmountParser.ParseMoney(text).Value is not null, Regex.IsMatch(text, FrontMatterSchema.MoneyPattern));

    [Theory]
    [InlineData("600")]
    [InlineData("more than 600")]
    [InlineData("about 130 immigration defense lawyers and supporters")]
    [InlineData("at least 2 thousand people")]
    [InlineData("lots")]
    [InlineData("about")]
    [InlineData("some 600")]
    public void The_quantity_pattern_agrees_with_the_compiler(string text) =>
        Assert.Equal(AmountParser.ParseQuantity(text).Value is not null, Regex.IsMatch(text, FrontMatterSchema.QuantityPattern));

    [Fact]
    public void Prints_one_kinds_schema_or_the_schema_for_any_fact()
    {
        var one = Run.Capture((o, e) => SchemaCommand.Run(RepoPaths.Content, "person", null, ReadOptions.Default, o, e));
        var all = Run.Capture((o, e) => SchemaCommand.Run(RepoPaths.Content, null, null, ReadOptions.Default, o, e));

        Assert.Equal(ExitCodes.Success, one.Code);
        Assert.Equal("person", JsonNode.Parse(one.Output)!["title"]!.GetValue<string>());
        Assert.Equal(ExitCodes.Success, all.Code);
        var kinds = JsonNode.Parse(all.Output)!["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(FrontMatterSchema.FactKinds(Shipped.Value.Schema).Select(k => k.Id), kinds);
        Assert.DoesNotContain("kind", kinds);
        Assert.EndsWith("}\n", all.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_file_a_kind_and_one_for_any_fact()
    {
        using var content = new TempContent(
            ("kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n---\n"),
            ("kinds/person.md", "---\nkind: kind\nfields:\n  name: string\n  born-in: ref<place>?\n---\n"));
        var folder = Path.Combine(content.Root, "..", "schemas");

        var (code, output, _) = Run.Capture((o, e) => SchemaCommand.Run(content.Root, null, folder, ReadOptions.Default, o, e));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(
            ["factbase.person.schema.json", "factbase.place.schema.json", "factbase.schema.json"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileName));
        var person = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "factbase.person.schema.json")))!;
        Assert.Equal(["kind", "name"], person["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Exits_2_for_an_unknown_kind()
    {
        var (code, output, error) = Run.Capture((o, e) => SchemaCommand.Run(RepoPaths.Content, "persn", null, ReadOptions.Default, o, e));

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Empty(output);
        Assert.Contains("did you mean 'person'?", error, StringComparison.Ordinal);
    }

    private static JsonSchema Build(JsonObject schema) => JsonSchema.FromText(SchemaCommand.ToText(schema));

    private static JsonElement Element(JsonNode? node) => JsonSerializer.SerializeToElement(node);

    private static void AssertValid(JsonSchema schema, JsonElement instance, string path)
    {
        var result = schema.Evaluate(instance, Evaluation);
        var errors = result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? [];
        Assert.True(result.IsValid, $"{path}: {string.Join("; ", errors)}");
    }
}
