using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactBase.Cli.Commands;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests.Export;

public class RdfExportTests
{
    private const string Base = "https://example.org/factbase/";
    private const string Fb = Base + "ontology#";
    private const string Fact = Base + "fact/";
    private const string Direct = Base + "prop/direct/";
    private const string ValueProperty = Base + "prop/value/";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    [Fact]
    public void Every_line_of_the_shipped_content_is_an_n_triples_triple()
    {
        var (code, output, error) = ExportRun.Run(RepoPaths.Content, ExportFormat.Nt);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        var triples = NTriplesGrammar.Parse(output);
        Assert.Equal(Encoding.UTF8.GetString(output).Count(c => c == '\n'), triples.Count);
        Assert.Contains(triples, t => t is { Subject.Value: Fact + "raices", Predicate.Value: RdfType, Object.Value: Base + "kind/organization" });
    }

    [Fact]
    public void Every_hostile_string_reads_back_exactly_from_its_line()
    {
        var model = Compile(ExportRun.HostileContent);
        var (code, output, _) = ExportRun.Run(ExportRun.HostileContent, ExportFormat.Nt);
        var triples = NTriplesGrammar.Parse(output);

        Assert.Equal(ExitCodes.Success, code);
        var written = triples.Where(t => t.Object.Kind == RdfNodeKind.Literal).Select(t => (t.Subject.Value, t.Predicate.Value, t.Object.Value)).ToHashSet();
        var expected = model.Facts.SelectMany(f => f.Fields.SelectMany(field => Strings(field.Value).Select(s => (Fact + f.Id, Direct + field.Name, s)))).ToList();
        Assert.True(expected.Count >= 12, "the fixture should hold a dozen hostile strings");
        Assert.All(expected, triple => Assert.Contains(triple, written));
        var quotes = model.Facts.SelectMany(f => f.Sources).SelectMany(c => new[] { c.Quote, c.Note }).OfType<string>().ToList();
        Assert.All(quotes, text => Assert.Contains(triples, t => t.Object.Kind == RdfNodeKind.Literal && t.Object.Value == text));
    }

    [Fact]
    public void No_line_holds_a_character_that_a_line_oriented_tool_takes_for_a_line_break()
    {
        var text = Encoding.UTF8.GetString(ExportRun.Run(ExportRun.HostileContent, ExportFormat.Nt).Output);

        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain('\u2028', text);
        Assert.DoesNotContain('\u2029', text);
        Assert.DoesNotContain('\u0085', text);
        Assert.All(text.TrimEnd('\n').Split('\n'), line => Assert.EndsWith(" .", line, System.StringComparison.Ordinal));
    }

    [Fact]
    public void More_than_600_is_a_lower_bound_and_about_40_million_an_approximation()
    {
        var triples = NTriplesGrammar.Parse(ExportRun.Run(RepoPaths.Content, ExportFormat.Nt).Output);

        var petition = ValueNode(triples, "salesforce-employee-petition", "signer-count");
        Assert.Equal(("600", Xsd + "decimal"), Single(triples, petition, Fb + "minExclusive"));
        Assert.Equal("more-than", Single(triples, petition, Fb + "qualifier").Value);
        Assert.DoesNotContain(triples, t => t.Subject.Value == petition && t.Predicate.Value == Fb + "amount");
        var claim = ValueNode(triples, "activists-contract-value-claim", "value");
        Assert.Equal(("40000000", Xsd + "decimal"), Single(triples, claim, Fb + "approximately"));
        Assert.Equal("USD", Single(triples, claim, Fb + "currency").Value);
        var donation = ValueNode(triples, "salesforce-donation-to-raices", "amount");
        Assert.Equal(("250000", Xsd + "decimal"), Single(triples, donation, Fb + "amount"));
    }

    [Fact]
    public void Partial_dates_take_the_xsd_type_that_says_what_is_known()
    {
        var triples = NTriplesGrammar.Parse(ExportRun.Run(ExportRun.HostileContent, ExportFormat.Nt).Output);

        string TypeOf(string fact, string field, string lexical) =>
            triples.Single(t => t.Subject.Value == Fact + fact && t.Predicate.Value == Direct + field && t.Object.Value == lexical).Object.Datatype!;
        Assert.Equal(Xsd + "gMonth", TypeOf("quotes-and-backslashes", "when", "--02"));
        Assert.Equal(Xsd + "gMonthDay", TypeOf("non-ascii", "when", "--06-21"));
        Assert.Equal(Xsd + "date", TypeOf("line-breaks", "when", "1999-12-31"));
        Assert.Equal(Xsd + "gYear", TypeOf("quotes-and-backslashes", "days", "2020"));
        Assert.Equal(Xsd + "gYearMonth", TypeOf("quotes-and-backslashes", "days", "2020-02"));
        var february = ValueNode(triples, "quotes-and-backslashes", "when");
        Assert.Equal(("--02-01", Xsd + "gMonthDay"), Single(triples, february, Fb + "earliest"));
        Assert.Equal(("--02-29", Xsd + "gMonthDay"), Single(triples, february, Fb + "latest"));
        Assert.Equal("month", Single(triples, february, Fb + "precision").Value);
    }

    [Fact]
    public void Lists_keep_their_order_and_their_repeats_in_an_rdf_seq()
    {
        var triples = NTriplesGrammar.Parse(ExportRun.Run(ExportRun.HostileContent, ExportFormat.Nt).Output);

        var sequence = triples.Single(t => t.Subject.Value == Fact + "quotes-and-backslashes" && t.Predicate.Value == Base + "prop/list/see").Object.Value;
        var members = triples.Where(t => t.Subject.Value == sequence && t.Predicate.Value.Contains("#_", System.StringComparison.Ordinal))
            .OrderBy(t => int.Parse(t.Predicate.Value.Split("#_")[1], System.Globalization.CultureInfo.InvariantCulture))
            .Select(t => t.Object.Value);
        Assert.Equal([Fact + "line-breaks", Fact + "non-ascii", Fact + "line-breaks"], members);
        var counts = triples.Single(t => t.Subject.Value == Fact + "quotes-and-backslashes" && t.Predicate.Value == Base + "prop/list/counts").Object.Value;
        Assert.Equal(["3", "1", "2", "1"], triples.Where(t => t.Subject.Value == counts && t.Predicate.Value.Contains("#_", System.StringComparison.Ordinal)).Select(t => t.Object.Value));
    }

    [Fact]
    public void A_citation_is_a_reference_node_with_its_source_quote_status_claimant_and_note()
    {
        var triples = NTriplesGrammar.Parse(ExportRun.Run(RepoPaths.Content, ExportFormat.Nt).Output);

        var reference = triples.Single(t => t.Subject.Value == Fact + "activists-contract-value-claim" && t.Predicate.Value == "http://www.w3.org/ns/prov#wasDerivedFrom").Object.Value;
        Assert.StartsWith(Base + "reference/", reference, System.StringComparison.Ordinal);
        Assert.Equal(Fact + "reuters-raices-rejects-salesforce-donation", Single(triples, reference, Fb + "source").Value);
        Assert.Equal("Activists have said the contract is worth about $40 million.", Single(triples, reference, Fb + "quote").Value);
        Assert.Equal("unconfirmed", Single(triples, reference, Fb + "status").Value);
        Assert.Equal(Fact + "activists", Single(triples, reference, Fb + "by").Value);
        Assert.Equal("Salesforce would neither confirm nor deny that figure", Single(triples, reference, Fb + "note").Value);
    }

    [Fact]
    public void Kinds_are_classes_with_their_docs_and_extends_as_subclass()
    {
        var triples = NTriplesGrammar.Parse(ExportRun.Run(RepoPaths.Content, ExportFormat.Nt).Output);

        var organization = Base + "kind/organization";
        Assert.Equal(Base + "kind/entity", Single(triples, organization, "http://www.w3.org/2000/01/rdf-schema#subClassOf").Value);
        Assert.StartsWith("An organization", Single(triples, organization, "http://www.w3.org/2000/01/rdf-schema#comment").Value, System.StringComparison.Ordinal);
        var size = organization + "/size";
        Assert.Equal("quantity?", Single(triples, size, Fb + "fieldType").Value);
        Assert.Equal(ValueProperty + "size", Single(triples, size, Fb + "valueProperty").Value);
    }

    [Fact]
    public void The_same_content_gives_the_same_bytes_in_both_syntaxes()
    {
        Assert.Equal(ExportRun.Run(RepoPaths.Content, ExportFormat.Nt).Output, ExportRun.Run(RepoPaths.Content, ExportFormat.Nt).Output);
        Assert.Equal(ExportRun.Run(RepoPaths.Content, ExportFormat.Ttl).Output, ExportRun.Run(RepoPaths.Content, ExportFormat.Ttl).Output);
    }

    [Fact]
    public void Turtle_declares_its_prefixes_and_abbreviates_with_them()
    {
        var text = Encoding.UTF8.GetString(ExportRun.Run(RepoPaths.Content, ExportFormat.Ttl).Output);

        Assert.StartsWith("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n", text, System.StringComparison.Ordinal);
        Assert.Contains("@prefix fbf: <https://example.org/factbase/fact/> .\n", text, System.StringComparison.Ordinal);
        Assert.Contains("\nfbf:raices\n    a fbk:organization ;\n", text, System.StringComparison.Ordinal);
        Assert.EndsWith(" .\n", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_names_every_fact_kind_and_property()
    {
        var (code, output, _) = ExportRun.Run(RepoPaths.Content, ExportFormat.Nt, baseIri: "http://news.example.com/kb/");
        var triples = NTriplesGrammar.Parse(output);

        Assert.Equal(ExitCodes.Success, code);
        Assert.All(triples, t => Assert.True(
            t.Subject.Value.StartsWith("http://news.example.com/kb/", System.StringComparison.Ordinal)
            && (t.Predicate.Value.StartsWith("http://news.example.com/kb/", System.StringComparison.Ordinal) || t.Predicate.Value.StartsWith("http://www.w3.org/", System.StringComparison.Ordinal)),
            $"{t.Subject.Value} {t.Predicate.Value}"));
    }

    [Theory]
    [InlineData("https://example.org/a>b/", "'>'")]
    [InlineData("https://example.org/a b/", "U+0020")]
    [InlineData("https://example.org/kb", "end in '/'")]
    [InlineData("example.org/kb/", "absolute http or https")]
    [InlineData("ftp://example.org/kb/", "absolute http or https")]
    [InlineData("https://example.org/kb#/", "'#'")]
    [InlineData("https://example.org/\"kb\"/", "'\"'")]
    public void A_base_that_is_no_iri_stops_the_export_with_exit_code_2_and_prints_nothing(string baseIri, string why)
    {
        var (code, output, error) = ExportRun.Run(RepoPaths.Content, ExportFormat.Nt, baseIri: baseIri);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Empty(output);
        Assert.Contains(why, error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_with_json_is_a_usage_error()
    {
        var (code, output, error) = ExportRun.Run(RepoPaths.Content, ExportFormat.Json, baseIri: Base);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Empty(output);
        Assert.Contains("--format nt or ttl", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Content_with_errors_exports_what_compiled_and_exits_1()
    {
        using var content = new TempContent(
            ("kinds/place.md", "---\nkind: kind\nfields:\n  name: string\n---\n"),
            ("texas.md", "---\nkind: place\nname: Texas\n---\n"),
            ("broken.md", "---\nkind: plaec\n---\n"));

        var (code, output, error) = ExportRun.Run(content.Root, ExportFormat.Nt);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("error FB0101", error, System.StringComparison.Ordinal);
        Assert.Contains(NTriplesGrammar.Parse(output), t => t.Subject.Value == Fact + "texas");
    }

    private static IEnumerable<string> Strings(Value value) => value switch
    {
        StringValue s => [s.Text],
        TextValue t => [t.Markdown],
        ListValue list => list.Items.SelectMany(Strings),
        _ => [],
    };

    private static string ValueNode(List<ParsedTriple> triples, string fact, string field) =>
        triples.First(t => t.Subject.Value == Fact + fact && t.Predicate.Value == ValueProperty + field).Object.Value;

    private static (string Value, string? Datatype) Single(List<ParsedTriple> triples, string subject, string predicate)
    {
        var found = triples.Where(t => t.Subject.Value == subject && t.Predicate.Value == predicate).Select(t => t.Object).Distinct().ToList();
        var only = Assert.Single(found);
        return (only.Value, only.Datatype);
    }

    private static KnowledgeBaseModel Compile(string directory) =>
        LoadedContent.Load(directory, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!.Model;
}
