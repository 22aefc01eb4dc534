using System;
using System.IO;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests;

public class ShowCommandTests
{
    private static readonly Lazy<LoadedContent> Shipped = new(() => LoadedContent.Load(RepoPaths.Content, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!);

    [Fact]
    public void Shows_a_facts_fields_refs_backlinks_sources_and_body()
    {
        var (code, output, error) = Show("raices");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        Assert.StartsWith($"raices  organization · {RepoPaths.Content}/organizations/raices.md\n", output, StringComparison.Ordinal);
        Assert.Matches(@"│ name +│ Refugee and Immigrant Center for Education and Legal Services +│", output);
        Assert.Matches(@"│ size +│ about 130 immigration defense lawyers and supporters +│", output);
        Assert.Matches(@"│ based-in +│ texas +│ place +│ Texas +│", output);
        Assert.Matches(@"│ recipient +│ salesforce-donation-to-raices +│ donation +│ RAICES on Thursday", output);
        Assert.Contains("1. reuters-raices-rejects-salesforce-donation · reported\n   “Immigration defense group”\n   note: the headline's description of RAICES\n", output, StringComparison.Ordinal);
        Assert.Contains("── Body ", output, StringComparison.Ordinal);
        Assert.All(output.Split('\n'), l => Assert.True(l.Length <= TerminalInfo.DefaultWidth, l));
    }

    [Fact]
    public void Shows_who_makes_a_claim_and_the_money_it_claims()
    {
        var (_, output, _) = Show("activists-contract-value-claim");

        Assert.Matches(@"│ value +│ about 40,000,000 USD +│", output);
        Assert.Contains("1. reuters-raices-rejects-salesforce-donation · unconfirmed · by activists\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_citations_as_backlinks_of_the_source_and_of_who_makes_the_claim()
    {
        var model = Shipped.Value.Model;
        var source = Shipped.Value.FindFact("reuters-raices-rejects-salesforce-donation")!;
        var activists = Shipped.Value.FindFact("activists")!;

        var citing = ShowCommand.Backlinks(source, model).Where(b => b.Field == "sources").Select(b => b.FromId).ToList();
        Assert.Equal(model.Facts.Count(f => f.Sources.Any(c => c.Source.Id == source.Id)), citing.Count);
        Assert.Contains("raices", citing);
        Assert.Contains(("activists-contract-value-claim", "sources.by"), ShowCommand.Backlinks(activists, model));
        Assert.Contains(("activists-contract-value-claim", "speaker"), ShowCommand.Backlinks(activists, model));
    }

    [Fact]
    public void Lists_refs_through_lists_once_each()
    {
        var donation = Shipped.Value.FindFact("salesforce-donation-to-raices")!;

        Assert.Equal(
            [("donor", "salesforce"), ("recipient", "raices"), ("protesting", "salesforce-cbp-contract"), ("after", "salesforce-efforts-to-allay-employee-concerns")],
            ShowCommand.Refs(donation).OrderBy(r => Array.IndexOf(["donor", "recipient", "protesting", "after"], r.Field)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Lists_each_field_and_id_once_in_the_order_the_fields_first_give_them(int refsInList)
    {
        // A list of refs that repeats its ids, a field naming an id the list names too, and one that
        // repeats a pair: short and long lists (checked for repeats two ways) give the same answer.
        var ids = Enumerable.Range(0, refsInList).Select(i => $"f{i % 3}").ToArray();
        var fact = Fact(
            ("members", new ListValue(new EquatableArray<Value>(ids.Select(id => (Value)Ref(id))))),
            ("leader", Ref("f1")),
            ("note", new StringValue("not a ref")),
            ("members", new ListValue(new EquatableArray<Value>([Ref("f2"), Ref("f3")]))));

        Assert.Equal(
            [("members", "f0"), ("members", "f1"), ("members", "f2"), ("leader", "f1"), ("members", "f3")],
            ShowCommand.Refs(fact));
    }

    private static RefValue Ref(string id) => new(id, default);

    private static FactModel Fact(params (string Name, Value Value)[] fields) => new(
        "subject", "group", "groups/subject.md", "groups/subject.md", default,
        new EquatableArray<FieldValue>(fields.Select(f => new FieldValue(f.Name, f.Value, default))),
        EquatableArray<CitationModel>.Empty, Body.Empty, EquatableArray<BacklinkModel>.Empty);

    [Fact]
    public void Exits_2_for_an_unknown_id_and_suggests_the_nearest()
    {
        var (code, output, error) = Show("raises");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Empty(output);
        Assert.Contains("no fact has the id 'raises' (did you mean 'raices'?)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_a_dangling_ref_and_exits_1()
    {
        using var content = new TempContent(
            ("kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n  part-of: ref<place>?\n---\n"),
            ("texas.md", "---\nkind: place\nname: Texas\npart-of: untied-states\n---\n"));

        var (code, output, error) = Run.Capture((o, e) => ShowCommand.Run(content.Root, "texas", ReadOptions.Default, o, e));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Matches(@"│ part-of +│ untied-states +│ \? +│ \(no fact has this id\) +│", output);
        Assert.Contains("has 1 error", error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Show(string id) =>
        Run.Capture((o, e) => ShowCommand.Run(RepoPaths.Content, id, ReadOptions.Default, o, e));
}
