using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace FactBase.Cli.Tests.LanguageServer;

/// <summary>A copy of the shipped content served by an in-process server, for tests of one request each.</summary>
public sealed class ShippedContent : IAsyncLifetime
{
    internal TempContent Content { get; } = TempContent.CopyOfShipped();

    internal LspClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await LspClient.StartAsync(Content.Root);

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        Content.Dispose();
    }

    /// <summary>The position of <paramref name="text"/> in the file, plus <paramref name="offset"/> characters.</summary>
    internal (int Line, int Character) Find(string relative, string text, int offset = 0)
    {
        var lines = Content.Text(relative).Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(line >= 0, $"'{text}' is not in {relative}");
        return (line, lines[line].IndexOf(text, StringComparison.Ordinal) + offset);
    }

    internal Task<JsonElement> At(string method, string relative, (int Line, int Character) position) => Client.RequestAsync(method, Client.At(relative, position));

    public static string[] Labels(JsonElement completion) =>
        [.. completion.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!)];
}
