using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Compiler.Reading;
using Nerdbank.Streams;

namespace FactBase.Cli.Tests.LanguageServer;

public class LifecycleTests
{
    private const string Place = "---\nkind: kind\nfields:\n  name: string\n---\n";

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_0()
    {
        using var content = new TempContent(("kinds/place.md", Place));
        await using var client = await LspClient.StartAsync(content.Root);

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_1()
    {
        using var content = new TempContent(("kinds/place.md", Place));
        await using var client = await LspClient.StartAsync(content.Root);

        await client.NotifyAsync(Methods.Exit, new { });

        Assert.Equal(1, await client.Server.WaitAsync(LspClient.Patience));
    }

    [Fact]
    public async Task The_server_ends_when_its_input_closes()
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var running = FactBase.Cli.LanguageServer.Server.LanguageServer.RunAsync(server, server, null, ReadOptions.Default, TextWriter.Null);

        await client.DisposeAsync();

        Assert.Equal(1, await running.WaitAsync(LspClient.Patience));
    }

    [Fact]
    public async Task The_server_ends_when_its_clients_process_dies()
    {
        using var content = new TempContent(("kinds/place.md", Place));
        using var editor = Process.Start(new ProcessStartInfo("sleep", "600"))!;
        await using var client = await LspClient.StartAsync(content.Root, processId: editor.Id);

        editor.Kill();
        await editor.WaitForExitAsync();

        Assert.Equal(1, await client.Server.WaitAsync(LspClient.Patience));
    }

    [Fact]
    public async Task Without_a_content_folder_it_says_so_and_answers_empty()
    {
        var empty = Path.Combine(Path.GetTempPath(), "factbase-none-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            await using var client = await LspClient.StartAsync(Path.Combine(empty, "content"), waitForLoad: false);
            await client.UntilAsync(() => client.Messages.GetEnumerator().MoveNext());
            var answer = await client.RequestAsync(Methods.Completion, LspClient.At(client.UriOf("a.md"), 0, 0));
            Assert.Equal(0, answer.GetProperty("items").GetArrayLength());
            Assert.Equal(0, await client.ShutdownAsync());
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
