using System;
using System.Linq;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;

namespace FactBase.Cli.Tests.LanguageServer;

public class CompletionTests(ShippedContent shipped) : IClassFixture<ShippedContent>
{
    private LspClient Client => shipped.Client;

    private async Task<string[]> Complete(string relative, string text, (int Line, int Character) at)
    {
        await Client.OpenAsync(relative, text);
        var result = await Client.RequestAsync(Methods.Completion, Client.At(relative, at));
        return ShippedContent.Labels(result);
    }

    [Fact]
    public async Task Kind_offers_the_kinds()
    {
        var labels = await Complete("drafts/a.md", "---\nkind: \n---\n", (1, 6));

        Assert.Contains("organization", labels);
        Assert.Contains("donation", labels);
        Assert.Contains("kind", labels);
    }

    [Fact]
    public async Task Keys_are_the_kinds_missing_fields_required_first_with_type_and_doc()
    {
        await Client.OpenAsync("drafts/b.md", "---\nkind: donation\nrecipient: raices\n\n---\n");
        var result = await Client.RequestAsync(Methods.Completion, Client.At("drafts/b.md", (3, 0)));
        var items = result.GetProperty("items").EnumerateArray().OrderBy(i => i.GetProperty("sortText").GetString(), StringComparer.Ordinal).ToList();
        var labels = items.Select(i => i.GetProperty("label").GetString()).ToList();

        Assert.Equal(["amount", "donor", "outcome"], labels.Take(3).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("recipient", labels);
        Assert.Contains("reason", labels);
        Assert.Contains("on", labels); // inherited from event
        Assert.True(labels.IndexOf("reason") > labels.IndexOf("outcome"));
        var reason = items.Single(i => i.GetProperty("label").GetString() == "reason");
        Assert.Equal("text, optional", reason.GetProperty("detail").GetString());
        Assert.Contains("why the recipient decided", reason.GetProperty("documentation").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("reason: ", reason.GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Fact]
    public async Task A_ref_offers_facts_of_its_kind_only_with_their_names()
    {
        var result = await Client.RequestAsync(Methods.Completion, await OpenAt("drafts/c.md", "---\nkind: organization\nbased-in: \n---\n", (2, 10)));
        var items = result.GetProperty("items").EnumerateArray().ToList();
        var labels = items.Select(i => i.GetProperty("label").GetString()).ToList();

        Assert.Contains("texas", labels);
        Assert.Contains("united-states", labels);
        Assert.DoesNotContain("raices", labels); // an organization, not a place
        Assert.Equal("Texas", items.Single(i => i.GetProperty("label").GetString() == "texas").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Ids_match_fuzzily_by_id_and_by_name()
    {
        var byLetters = ShippedContent.Labels(await Client.RequestAsync(Methods.Completion, await OpenAt("drafts/d.md", "---\nkind: organization\nbased-in: txs\n---\n", (2, 13))));
        Assert.Equal("texas", byLetters[0]);

        var byName = ShippedContent.Labels(await Client.RequestAsync(Methods.Completion, await OpenAt("drafts/e.md", "---\nkind: organization\nbased-in: San Fran\n---\n", (2, 18))));
        Assert.Contains("san-francisco", byName);
    }

    [Fact]
    public async Task A_list_of_refs_completes_its_items_in_flow_and_block_style()
    {
        var flow = await Complete("drafts/f.md", "---\nkind: organization\noperates-at: [texas, us-b]\n---\n", (2, 25));
        Assert.Equal("us-border", flow[0]);

        var block = await Complete("drafts/g.md", "---\nkind: organization\noperates-at:\n  - mex\n---\n", (3, 7));
        Assert.Equal("mexico", block[0]);
    }

    [Fact]
    public async Task Enums_offer_their_members()
    {
        var labels = await Complete("drafts/h.md", "---\nkind: organization\ncategory: \n---\n", (2, 10));

        Assert.Equal(["company", "nonprofit", "government-agency", "government-department", "administration"], labels);
    }

    [Fact]
    public async Task Sources_offer_source_ids_statuses_and_the_citations_missing_keys()
    {
        const string Text = "---\nkind: place\nname: X\nsources:\n  - source: reu\n    status: \n    \n---\n";
        var ids = await Complete("drafts/i.md", Text, (4, 15));
        Assert.Equal(["reuters-raices-rejects-salesforce-donation"], ids);

        var statuses = ShippedContent.Labels(await Client.RequestAsync(Methods.Completion, Client.At("drafts/i.md", (5, 12))));
        Assert.Equal(["reported", "confirmed", "unconfirmed", "disputed", "denied"], statuses);

        var keys = ShippedContent.Labels(await Client.RequestAsync(Methods.Completion, Client.At("drafts/i.md", (6, 4))));
        Assert.Equal(["quote", "by", "note"], keys);
    }

    [Fact]
    public async Task Money_offers_qualifiers_then_scale_words_and_currencies()
    {
        var qualifiers = await Complete("drafts/j.md", "---\nkind: claim\nvalue: mo\n---\n", (2, 9));
        Assert.Equal(["more than"], qualifiers);

        var after = await Complete("drafts/k.md", "---\nkind: claim\nvalue: about 40 \n---\n", (2, 16));
        Assert.Contains("million", after);
        Assert.Contains("USD", after);

        var currency = await Complete("drafts/l.md", "---\nkind: claim\nvalue: about 40 million US\n---\n", (2, 26));
        Assert.Equal(["USD", "USN"], currency);
    }

    [Fact]
    public async Task A_half_typed_file_still_completes()
    {
        var labels = await Complete("drafts/m.md", "---\nkind: organization\nbas", (2, 3));

        Assert.Equal(["based-in"], labels);
    }

    private async Task<object> OpenAt(string relative, string text, (int Line, int Character) at)
    {
        await Client.OpenAsync(relative, text);
        return Client.At(relative, at);
    }
}
