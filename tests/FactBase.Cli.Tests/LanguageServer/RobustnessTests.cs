using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;

namespace FactBase.Cli.Tests.LanguageServer;

public class RobustnessTests(ShippedContent shipped) : IClassFixture<ShippedContent>
{
    private LspClient Client => shipped.Client;

    public static TheoryData<string, string> Requests => new()
    {
        { Methods.Completion, "position" },
        { Methods.Hover, "position" },
        { Methods.Definition, "position" },
        { Methods.References, "position" },
        { Methods.PrepareRename, "position" },
        { Methods.DocumentSymbol, "document" },
    };

    [Fact]
    public async Task Invalid_yaml_gets_its_diagnostic_and_every_request_on_it_an_answer()
    {
        const string Broken = "people/broken.md";
        await Client.OpenAsync(Broken, "---\nkind: person\nname: [unclosed\n  - : :\n---\n");

        var diagnostics = await Client.DiagnosticsAsync(Broken, d => d.Count > 0);
        Assert.Equal("FB0003", diagnostics[0].GetProperty("code").GetString());
        await AnswersEverywhere(Broken, 5);
    }

    [Fact]
    public async Task A_half_typed_file_gets_diagnostics_as_it_is_typed()
    {
        const string Typed = "people/typed.md";
        const string Text = "---\nkind: person\nname: Jane\nsources:\n  - source: reuters-raices-rejects-salesforce-donation\n---\n";
        await Client.OpenAsync(Typed, string.Empty);
        for (var length = 1; length <= Text.Length; length += 7)
        {
            await Client.ChangeAsync(Typed, Text[..length]);
        }

        // What is published last is the last text's: unterminated front matter, then nothing.
        await Client.ChangeAsync(Typed, Text[..20]);
        await Client.DiagnosticsAsync(Typed, d => d.Count == 1 && d[0].GetProperty("code").GetString() == "FB0002");
        await AnswersEverywhere(Typed, 3);
        await Client.ChangeAsync(Typed, Text);
        await Client.DiagnosticsAsync(Typed, d => d.Count == 0);
    }

    [Fact]
    public async Task A_50_MB_file_gets_FB0006_and_empty_answers()
    {
        const string Huge = "people/huge.md";
        var text = new StringBuilder("---\nkind: person\nname: Huge\n---\n");
        while (text.Length < 50 * 1024 * 1024)
        {
            text.Append("All work and no play makes a very large file, line after line after line.\n");
        }

        await Client.OpenAsync(Huge, text.ToString());
        var diagnostics = await Client.DiagnosticsAsync(Huge, d => d.Count > 0);
        Assert.Equal("FB0006", diagnostics[0].GetProperty("code").GetString());
        await AnswersEverywhere(Huge, 3);
        Assert.Equal(0, (await Client.RequestAsync(Methods.Completion, Client.At(Huge, (2, 3)))).GetProperty("items").GetArrayLength());
        await Client.NotifyAsync(Methods.DidClose, new { textDocument = new { uri = Client.UriOf(Huge) } });
        await Client.DiagnosticsAsync(Huge, d => d.Count == 0);
    }

    [Fact]
    public async Task A_binary_file_gets_FB0008()
    {
        const string Binary = "people/binary.md";
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray();
        // Written beside the content and moved in whole: the server watches the folder, and a file
        // it saw half-written (empty, at first) would get that state's diagnostic instead.
        var path = shipped.Content.PathOf(Binary);
        File.WriteAllBytes(path + ".part", bytes);
        File.Move(path + ".part", path);

        var diagnostics = await Client.DiagnosticsAsync(Binary, d => d.Count > 0);

        Assert.Equal("FB0008", diagnostics[0].GetProperty("code").GetString());
        await AnswersEverywhere(Binary, 3);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_file_outside_the_workspace_is_answered_empty(string method, string shape)
    {
        var outside = Path.Combine(Path.GetTempPath(), "factbase-outside-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(outside, "---\nkind: organization\nbased-in: texas\n---\n");
        try
        {
            var uri = new Uri(outside).AbsoluteUri;
            await Client.NotifyAsync(Methods.DidOpen, new { textDocument = new { uri, languageId = "markdown", version = 1, text = File.ReadAllText(outside) } });
            var answer = shape == "position"
                ? await Client.RequestAsync(method, new { textDocument = new { uri }, position = new { line = 2, character = 11 }, context = new { includeDeclaration = true } })
                : await Client.RequestAsync(method, new { textDocument = new { uri } });

            Assert.True(IsEmpty(answer), answer.GetRawText());
            Assert.True(IsEmpty(await Client.RequestAsync(Methods.Rename, new { textDocument = new { uri }, position = new { line = 2, character = 11 }, newName = "x" })));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    /// <summary>Every request on every line answers (empty or not), without an error.</summary>
    private async Task AnswersEverywhere(string relative, int lines)
    {
        for (var line = 0; line < lines; line++)
        {
            foreach (var method in new[] { Methods.Completion, Methods.Hover, Methods.Definition, Methods.References, Methods.PrepareRename })
            {
                await Client.RequestAsync(method, new { textDocument = new { uri = Client.UriOf(relative) }, position = new { line, character = 4 }, context = new { includeDeclaration = true } });
            }
        }

        await Client.RequestAsync(Methods.DocumentSymbol, new { textDocument = new { uri = Client.UriOf(relative) } });
        Assert.DoesNotContain("Exception", Client.Log.ToString(), StringComparison.Ordinal);
    }

    private static bool IsEmpty(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Array => answer.GetArrayLength() == 0,
        JsonValueKind.Object => answer.TryGetProperty("items", out var items) && items.GetArrayLength() == 0,
        _ => false,
    };
}
