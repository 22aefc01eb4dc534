using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests.LanguageServer;

public class DiagnosticsTests
{
    private const string Place = "---\nkind: kind\nfields:\n  name: string\n  part-of: ref<place>?\n---\nA place.\n";

    [Fact]
    public async Task A_broken_ref_shows_the_builds_error_at_its_place_and_clears_when_fixed()
    {
        using var content = new TempContent(("kinds/place.md", Place), ("places/texas.md", "---\nkind: place\nname: Texas\n---\n"), ("places/austin.md", "---\nkind: place\nname: Austin\npart-of: texas\n---\n"));
        await using var client = await LspClient.StartAsync(content.Root);
        await client.OpenAsync("places/austin.md");

        await client.ChangeAsync("places/austin.md", "---\nkind: place\nname: Austin\npart-of: texsa\n---\n");
        var diagnostics = await client.DiagnosticsAsync("places/austin.md", d => d.Count == 1);

        var diagnostic = diagnostics[0];
        Assert.Equal("FB0302", diagnostic.GetProperty("code").GetString());
        Assert.Equal("No fact has the id 'texsa' (did you mean 'texas'?): fix the id, or add the fact", diagnostic.GetProperty("message").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal("factbase", diagnostic.GetProperty("source").GetString());
        Assert.Equal(Range(3, 9, 3, 14), diagnostic.GetProperty("range").GetRawText());
        Assert.EndsWith("docs/diagnostics.md#fb0302", diagnostic.GetProperty("codeDescription").GetProperty("href").GetString(), StringComparison.Ordinal);

        await client.ChangeAsync("places/austin.md", "---\nkind: place\nname: Austin\npart-of: texas\n---\n");
        await client.DiagnosticsAsync("places/austin.md", d => d.Count == 0);
    }

    [Fact]
    public async Task Renaming_an_id_breaks_the_files_that_refer_to_it_and_restoring_it_clears_them()
    {
        using var content = new TempContent(("kinds/place.md", Place), ("places/texas.md", "---\nkind: place\nid: texas\nname: Texas\n---\n"), ("places/austin.md", "---\nkind: place\nname: Austin\npart-of: texas\n---\n"), ("places/dallas.md", "---\nkind: place\nname: Dallas\npart-of: texas\n---\n"));
        await using var client = await LspClient.StartAsync(content.Root);
        await client.OpenAsync("places/texas.md");

        await client.ChangeAsync("places/texas.md", "---\nkind: place\nid: lone-star\nname: Texas\n---\n");
        await client.DiagnosticsAsync("places/austin.md", d => d.Count == 1 && d[0].GetProperty("code").GetString() == "FB0302");
        await client.DiagnosticsAsync("places/dallas.md", d => d.Count == 1);

        await client.ChangeAsync("places/texas.md", "---\nkind: place\nid: texas\nname: Texas\n---\n");
        await client.DiagnosticsAsync("places/austin.md", d => d.Count == 0);
        await client.DiagnosticsAsync("places/dallas.md", d => d.Count == 0);
    }

    [Fact]
    public async Task Every_diagnostic_of_factbase_check_is_published_with_its_id_message_and_place()
    {
        using var content = TempContent.CopyOfShipped();
        content.Write("organizations/raices.md", content.Text("organizations/raices.md").Replace("based-in: texas", "based-in: texsa", StringComparison.Ordinal));
        content.Write("people/broken.md", "---\nkind: person\nname: [unclosed\n---\n");
        content.Write("places/bad.md", "---\nkind: place\nname: Bad\npopulation: lots\nbogus: 1\n---\n");
        var check = LoadedContent.Load(content.Root, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!;
        Assert.True(check.Result.Diagnostics.Count >= 3);

        await using var client = await LspClient.StartAsync(content.Root);

        foreach (var group in check.Result.Diagnostics.GroupBy(d => d.Path))
        {
            var relative = Path.GetRelativePath(content.Root, group.Key);
            var published = client.Diagnostics(relative)
                .Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!, d.GetProperty("range").GetRawText()))
                .Order()
                .ToList();
            var expected = group
                .Select(d => (d.Id, d.Message, Range(d.Span.Line - 1, d.Span.Column - 1, d.Span.EndLine - 1, d.Span.EndColumn - 1)))
                .Order()
                .ToList();
            Assert.Equal(expected, published);
        }
    }

    private static string Range(int line, int character, int endLine, int endCharacter) =>
        JsonSerializer.Serialize(new { start = new { line, character }, end = new { line = endLine, character = endCharacter } });
}
