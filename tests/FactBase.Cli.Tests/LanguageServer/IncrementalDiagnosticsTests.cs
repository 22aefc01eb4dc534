using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests.LanguageServer;

/// <summary>
/// The server answers an edit by resolving again only the files it can touch. After each edit of a
/// sequence, what it published must be what a fresh `factbase check` of the same files reports, file
/// for file. The server is told to wait an hour before it compiles the whole content again, so the
/// answers checked are its incremental ones (it compiles at once only where it knows they cannot be
/// exact: here, an id taken twice).
/// </summary>
public class IncrementalDiagnosticsTests
{
    private const string Source = "sources/reuters-raices-rejects-salesforce-donation.md";
    private const string Raices = "organizations/raices.md";
    private const string Austin = "places/austin.md";

    [Fact]
    public async Task After_each_edit_the_published_diagnostics_are_those_of_a_full_check()
    {
        using var content = TempContent.CopyOfShipped();
        content.Write(Austin, "---\nkind: place\nname: Austin\npart-of: texsa\n---\n"); // broken before the server starts, and never edited
        await using var client = await LspClient.StartAsync(content.Root, quiet: TimeSpan.FromHours(1));
        var (source, raices) = (content.Text(Source), content.Text(Raices));
        await client.OpenAsync(Source);
        await client.OpenAsync(Raices);
        await AssertAgreeAsync(client, content, "opened");

        await ChangeAsync(client, content, Source, source.Replace("kind: source", "kind: source\nid: reuters-article", StringComparison.Ordinal));
        await AssertAgreeAsync(client, content, "a source's id renamed, away from its citations");

        await ChangeAsync(client, content, Source, source);
        await AssertAgreeAsync(client, content, "the source's id back");

        var broken = raices.Replace("based-in: texas", "based-in: texsa", StringComparison.Ordinal);
        await ChangeAsync(client, content, Raices, broken);
        await AssertAgreeAsync(client, content, "a ref broken");

        await WriteAsync(client, content, "places/texaa.md", "---\nkind: place\nname: Texaa\n---\n");
        await AssertAgreeAsync(client, content, "a fact added whose id is nearer the broken refs: their \"did you mean\" changes");

        await ChangeAsync(client, content, Raices, raices);
        await AssertAgreeAsync(client, content, "the ref fixed");

        await DeleteAsync(client, content, "places/texas.md");
        await AssertAgreeAsync(client, content, "the fact it names deleted");

        await WriteAsync(client, content, "places/texas.md", "---\nkind: place\nname: Texas\n---\n");
        await AssertAgreeAsync(client, content, "the fact added again");

        await WriteAsync(client, content, "places/lone-star.md", "---\nkind: place\nid: texas\nname: Lone Star\n---\n");
        await AssertAgreeAsync(client, content, "an id taken twice");

        await DeleteAsync(client, content, "places/lone-star.md");
        await AssertAgreeAsync(client, content, "the second claim deleted");

        await DeleteAsync(client, content, "places/texaa.md");
        await ChangeAsync(client, content, Raices, broken);
        await AssertAgreeAsync(client, content, "the nearer fact deleted, and the ref broken again");
    }

    /// <summary>An open document changed in the editor, and saved.</summary>
    private static async Task ChangeAsync(LspClient client, TempContent content, string relative, string text)
    {
        content.Write(relative, text);
        await client.ChangeAsync(relative, text);
    }

    /// <summary>A file written outside the editor, as the client's file watcher reports it.</summary>
    private static async Task WriteAsync(LspClient client, TempContent content, string relative, string text)
    {
        var created = !File.Exists(content.PathOf(relative));
        content.Write(relative, text);
        await client.NotifyAsync(Methods.DidChangeWatchedFiles, new { changes = new[] { new { uri = client.UriOf(relative), type = created ? 1 : 2 } } });
    }

    private static async Task DeleteAsync(LspClient client, TempContent content, string relative)
    {
        File.Delete(content.PathOf(relative));
        await client.NotifyAsync(Methods.DidChangeWatchedFiles, new { changes = new[] { new { uri = client.UriOf(relative), type = 3 } } });
    }

    /// <summary>Waits until every file's published diagnostics are the check's (id, message, range), and fails with the difference if they never are.</summary>
    private static async Task AssertAgreeAsync(LspClient client, TempContent content, string step)
    {
        var check = LoadedContent.Load(content.Root, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!;
        var expected = check.Result.Diagnostics
            .GroupBy(d => Path.GetRelativePath(content.Root, d.Path).Replace('\\', '/'))
            .ToDictionary(g => g.Key, g => Describe(g.Select(d => (d.Id, d.Message, Range(d.Span.Line - 1, d.Span.Column - 1, d.Span.EndLine - 1, d.Span.EndColumn - 1)))));
        var files = Directory.EnumerateFiles(content.Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(content.Root, f).Replace('\\', '/'))
            .Concat(expected.Keys)
            .Concat([Source, Raices, "places/texas.md", "places/texaa.md", "places/lone-star.md"])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Dictionary<string, string> Published() => files
            .Select(f => (File: f, Shown: Describe(client.Diagnostics(f).Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!, d.GetProperty("range").GetRawText())))))
            .Where(f => f.Shown.Length > 0)
            .ToDictionary(f => f.File, f => f.Shown);

        try
        {
            await client.UntilAsync(Published, published => published.Count == expected.Count && expected.All(e => published.GetValueOrDefault(e.Key) == e.Value));
        }
        catch (TimeoutException)
        {
            var published = Published();
            var differences = files
                .Where(f => expected.GetValueOrDefault(f, string.Empty) != published.GetValueOrDefault(f, string.Empty))
                .Select(f => $"{f}\n  check:     {expected.GetValueOrDefault(f, "(none)")}\n  published: {published.GetValueOrDefault(f, "(none)")}");
            Assert.Fail($"{step}: the published diagnostics are not the check's\n{string.Join("\n", differences)}");
        }
    }

    private static string Describe(IEnumerable<(string Id, string Message, string Range)> diagnostics) =>
        string.Join(" | ", diagnostics.Select(d => $"{d.Id} {d.Range} {d.Message}").Order(StringComparer.Ordinal));

    private static string Range(int line, int character, int endLine, int endCharacter) =>
        JsonSerializer.Serialize(new { start = new { line, character }, end = new { line = endLine, character = endCharacter } });
}
