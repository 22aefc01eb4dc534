using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;

namespace FactBase.Cli.Tests.LanguageServer;

public class EditingTests(ShippedContent shipped) : IClassFixture<ShippedContent>
{
    private const string Raices = "organizations/raices.md";

    private LspClient Client => shipped.Client;

    [Fact]
    public async Task Prepare_rename_names_the_fact_under_the_cursor()
    {
        var prepared = await shipped.At(Methods.PrepareRename, Raices, shipped.Find(Raices, "based-in: texas", 12));

        Assert.Equal("texas", prepared.GetProperty("placeholder").GetString());
        Assert.Equal(10, prepared.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await shipped.At(Methods.PrepareRename, Raices, shipped.Find(Raices, "size: about", 8))).ValueKind);
    }

    [Fact]
    public async Task Renaming_an_id_from_its_file_name_edits_every_ref_and_renames_the_file()
    {
        var position = shipped.Find(Raices, "based-in: texas", 12);
        var edit = await Client.RequestAsync(Methods.Rename, new { textDocument = new { uri = Client.UriOf(Raices) }, position = new { line = position.Line, character = position.Character }, newName = "lone-star" });

        var changes = edit.GetProperty("documentChanges").EnumerateArray().ToList();
        var text = Assert.Single(changes, c => !c.TryGetProperty("kind", out _));
        Assert.Equal(Client.UriOf(Raices), text.GetProperty("textDocument").GetProperty("uri").GetString());
        var replaced = Assert.Single(text.GetProperty("edits").EnumerateArray());
        Assert.Equal("lone-star", replaced.GetProperty("newText").GetString());
        Assert.Equal(position.Line, replaced.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        var rename = changes[^1];
        Assert.Equal("rename", rename.GetProperty("kind").GetString());
        Assert.Equal(Client.UriOf("places/texas.md"), rename.GetProperty("oldUri").GetString());
        Assert.Equal(Client.UriOf("places/lone-star.md"), rename.GetProperty("newUri").GetString());
    }

    [Fact]
    public async Task Renaming_a_source_edits_every_citation_of_it()
    {
        var position = shipped.Find(Raices, "source: reuters", 10);
        var edit = await Client.RequestAsync(Methods.Rename, new { textDocument = new { uri = Client.UriOf(Raices) }, position = new { line = position.Line, character = position.Character }, newName = "reuters-article" });

        var documents = edit.GetProperty("documentChanges").EnumerateArray().Where(c => !c.TryGetProperty("kind", out _)).ToList();
        Assert.True(documents.Count > 20);
        Assert.Equal(5, documents.Single(d => d.GetProperty("textDocument").GetProperty("uri").GetString() == Client.UriOf(Raices)).GetProperty("edits").GetArrayLength());
    }

    [Fact]
    public async Task A_rename_to_no_id_or_a_taken_one_changes_nothing_and_says_why()
    {
        var position = shipped.Find(Raices, "based-in: texas", 12);
        foreach (var (name, reason) in new[] { ("Lone Star", "kebab-case"), ("mexico", "taken by content/places/mexico.md") })
        {
            var edit = await Client.RequestAsync(Methods.Rename, new { textDocument = new { uri = Client.UriOf(Raices) }, position = new { line = position.Line, character = position.Character }, newName = name });
            Assert.Equal(JsonValueKind.Null, edit.ValueKind);
            await Client.UntilAsync(() => Client.Messages.Any(m => m.Contains(reason, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Quick_fixes_apply_did_you_mean_create_the_missing_fact_and_add_required_fields()
    {
        const string Draft = "events/gift.md";
        await Client.OpenAsync(Draft, "---\nkind: donation\ndonor: salesforse\nrecipient: new-charity\n---\n");
        var diagnostics = await Client.DiagnosticsAsync(Draft, d => d.Count == 4);
        var actions = await Client.RequestAsync(Methods.CodeAction, new
        {
            textDocument = new { uri = Client.UriOf(Draft) },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 5, character = 0 } },
            context = new { diagnostics },
        });
        var titles = actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();

        Assert.Contains("Change to 'salesforce'", titles);
        var fix = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Change to 'salesforce'");
        var edit = fix.GetProperty("edit").GetProperty("documentChanges")[0].GetProperty("edits")[0];
        Assert.Equal("salesforce", edit.GetProperty("newText").GetString());
        Assert.Equal(JsonSerializer.Serialize(new { start = new { line = 2, character = 7 }, end = new { line = 2, character = 17 } }), edit.GetProperty("range").GetRawText());

        var create = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith("Create the organization 'new-charity'", StringComparison.Ordinal));
        var changes = create.GetProperty("edit").GetProperty("documentChanges");
        Assert.Equal("create", changes[0].GetProperty("kind").GetString());
        Assert.Equal(Client.UriOf("organizations/new-charity.md"), changes[0].GetProperty("uri").GetString());
        Assert.StartsWith("---\nkind: organization\n", changes[1].GetProperty("edits")[0].GetProperty("newText").GetString(), StringComparison.Ordinal);

        var add = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Add the required fields amount, outcome");
        var lines = add.GetProperty("edit").GetProperty("documentChanges")[0].GetProperty("edits")[0];
        Assert.Equal("amount:\noutcome:\n", lines.GetProperty("newText").GetString());
        Assert.Equal(4, lines.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Did_you_mean_inside_a_value_replaces_only_the_misspelt_word()
    {
        const string Draft = "claims/typo.md";
        await Client.OpenAsync(Draft, "---\nkind: claim\nspeaker: activists\nresponse: said\nsummary: x\nvalue: about 40 million usd\n---\n");
        var diagnostics = await Client.DiagnosticsAsync(Draft, d => d.Any(x => x.GetProperty("code").GetString() == "FB0206"));
        var actions = await Client.RequestAsync(Methods.CodeAction, new
        {
            textDocument = new { uri = Client.UriOf(Draft) },
            range = new { start = new { line = 5, character = 0 }, end = new { line = 5, character = 0 } },
            context = new { diagnostics = diagnostics.Where(d => d.GetProperty("code").GetString() == "FB0206") },
        });

        var edit = Assert.Single(actions.EnumerateArray()).GetProperty("edit").GetProperty("documentChanges")[0].GetProperty("edits")[0];
        Assert.Equal("USD", edit.GetProperty("newText").GetString());
        Assert.Equal(24, edit.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(27, edit.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
    }
}
