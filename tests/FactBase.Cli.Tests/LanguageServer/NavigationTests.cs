using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;

namespace FactBase.Cli.Tests.LanguageServer;

public class NavigationTests(ShippedContent shipped) : IClassFixture<ShippedContent>
{
    private const string Raices = "organizations/raices.md";

    private static string HoverText(JsonElement hover) => hover.GetProperty("contents").GetProperty("value").GetString()!;

    [Fact]
    public async Task Hover_on_a_field_gives_its_type_and_doc()
    {
        var hover = await shipped.At(Methods.Hover, Raices, shipped.Find(Raices, "size:", 1));

        Assert.Contains("**size**: `quantity?` (optional)", HoverText(hover), StringComparison.Ordinal);
        Assert.Contains("how many people the organization has", HoverText(hover), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_ref_gives_the_targets_name_kind_summary_and_path()
    {
        var text = HoverText(await shipped.At(Methods.Hover, Raices, shipped.Find(Raices, "based-in: texas", 12)));

        Assert.StartsWith("**Texas** · place `texas`", text, StringComparison.Ordinal);
        Assert.Contains("content/places/texas.md", text, StringComparison.Ordinal);
        Assert.Contains(shipped.Content.Text("places/texas.md").Split("---\n")[2].Split('\n')[0].Trim(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_money_and_dates_reads_them_as_FactBase_does()
    {
        const string Claim = "claims/activists-contract-value-claim.md";
        Assert.StartsWith("about 40,000,000 USD", HoverText(await shipped.At(Methods.Hover, Claim, shipped.Find(Claim, "value: about", 9))), StringComparison.Ordinal);

        const string Outrage = "events/june-outrage.md";
        Assert.StartsWith("June, year not stated", HoverText(await shipped.At(Methods.Hover, Outrage, shipped.Find(Outrage, "on: \"--06\"", 6))), StringComparison.Ordinal);

        Assert.StartsWith("about 130 immigration defense lawyers and supporters", HoverText(await shipped.At(Methods.Hover, Raices, shipped.Find(Raices, "size: about", 8))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Definition_goes_from_a_ref_to_the_fact_from_kind_to_the_kind_and_from_a_field_to_its_declaration()
    {
        var fact = await shipped.At(Methods.Definition, Raices, shipped.Find(Raices, "based-in: texas", 11));
        Assert.Equal(shipped.Client.UriOf("places/texas.md"), fact[0].GetProperty("uri").GetString());

        var kind = await shipped.At(Methods.Definition, Raices, shipped.Find(Raices, "kind: organization", 8));
        Assert.Equal(shipped.Client.UriOf("kinds/organization.md"), kind[0].GetProperty("uri").GetString());

        var own = await shipped.At(Methods.Definition, Raices, shipped.Find(Raices, "size:"));
        Assert.Equal(shipped.Client.UriOf("kinds/organization.md"), own[0].GetProperty("uri").GetString());
        Assert.Equal(shipped.Find("kinds/organization.md", "size:").Line, own[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var inherited = await shipped.At(Methods.Definition, Raices, shipped.Find(Raices, "name:"));
        Assert.Equal(shipped.Client.UriOf("kinds/entity.md"), inherited[0].GetProperty("uri").GetString());
        Assert.Equal(shipped.Find("kinds/entity.md", "  name:").Line, inherited[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var source = await shipped.At(Methods.Definition, Raices, shipped.Find(Raices, "source: reuters", 10));
        Assert.Equal(shipped.Client.UriOf("sources/reuters-raices-rejects-salesforce-donation.md"), source[0].GetProperty("uri").GetString());
    }

    [Fact]
    public async Task References_are_the_facts_backlinks_and_citations()
    {
        var texas = await shipped.Client.RequestAsync(Methods.References, new { textDocument = new { uri = shipped.Client.UriOf("places/texas.md") }, position = new { line = 1, character = 0 }, context = new { includeDeclaration = false } });
        var location = Assert.Single(texas.EnumerateArray());
        Assert.Equal(shipped.Client.UriOf(Raices), location.GetProperty("uri").GetString());
        Assert.Equal(shipped.Find(Raices, "based-in: texas", 10).Line, location.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var source = await shipped.At(Methods.References, Raices, shipped.Find(Raices, "source: reuters", 10));
        var citing = source.EnumerateArray().Select(l => l.GetProperty("uri").GetString()).ToList();
        Assert.True(citing.Count(u => u == shipped.Client.UriOf(Raices)) == 5, string.Join("\n", citing));
        Assert.True(citing.Distinct().Count() > 20);
    }

    [Fact]
    public async Task Document_symbols_outline_the_fact_and_its_citations()
    {
        var symbols = await shipped.Client.RequestAsync(Methods.DocumentSymbol, new { textDocument = new { uri = shipped.Client.UriOf(Raices) } });

        var fact = Assert.Single(symbols.EnumerateArray());
        Assert.Equal("raices", fact.GetProperty("name").GetString());
        Assert.Equal("organization", fact.GetProperty("detail").GetString());
        var keys = fact.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["kind", "name", "aliases", "name-status", "category", "description", "based-in", "operates-at", "size", "sources"], keys.Select(k => k.GetProperty("name").GetString()));
        Assert.Equal(5, keys[^1].GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task Workspace_symbols_find_facts_by_id_and_by_name()
    {
        var byId = await shipped.Client.RequestAsync(Methods.WorkspaceSymbol, new { query = "raic" });
        Assert.StartsWith("raices", byId[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(shipped.Client.UriOf(Raices), byId[0].GetProperty("location").GetProperty("uri").GetString());

        var byName = await shipped.Client.RequestAsync(Methods.WorkspaceSymbol, new { query = "Refugee and Immigrant" });
        Assert.Contains(byName.EnumerateArray(), s => s.GetProperty("name").GetString()!.StartsWith("raices", StringComparison.Ordinal));
    }
}
