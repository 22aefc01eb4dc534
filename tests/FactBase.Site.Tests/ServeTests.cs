using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.Commands;
using FactBase.Cli.Site;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;
using Microsoft.Playwright;

namespace FactBase.Site.Tests;

/// <summary><c>factbase serve</c> in Chromium: the open page follows the content as it is saved, errors included.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Browser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task The_open_page_reloads_on_save_and_a_content_error_shows_as_a_page()
    {
        using var folders = SiteFolders.OfShipped();
        var port = FreePort();
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var ready = new TaskCompletionSource<string>();
        var serving = Task.Run(() => ServeCommand.RunAsync(
            folders.Content,
            new ServeSettings(port, TimeSpan.FromMilliseconds(50)),
            SiteOptions.Default,
            ReadOptions.Default,
            TextWriter.Synchronized(output),
            TextWriter.Synchronized(error),
            TerminalInfo.Plain,
            stop.Token,
            ready.SetResult));
        var address = await ready.Task.WaitAsync(Patience);
        Assert.Equal($"http://127.0.0.1:{port}/", address);

        var watched = await _browser.OpenAsync(url => url.StartsWith(address, StringComparison.Ordinal));
        var page = watched.Page;
        await page.GotoAsync(address + "facts/texas.html");
        Assert.Equal("Texas", await page.Locator("h1").InnerTextAsync());

        // A save: the page reloads itself with the new name.
        folders.Write("places/texas.md", File.ReadAllText(Path.Combine(folders.Content, "places/texas.md")).Replace("name: Texas", "name: Lone Star State", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'Lone Star State'", null, new() { Timeout = 60_000 });

        // An error anywhere: the page becomes the list of problems, with the file, line and column.
        var cbp = Path.Combine(folders.Content, "organizations/cbp.md");
        var original = File.ReadAllText(cbp);
        File.WriteAllText(cbp, original.Replace("parent: dhs", "parent: dhss", StringComparison.Ordinal));
        await page.WaitForSelectorAsync(".problem .where");
        Assert.Equal($"{folders.Content}/organizations/cbp.md(8,9)", await page.Locator(".problem .where").InnerTextAsync());
        Assert.Contains("No fact has the id 'dhss' (did you mean 'dhs'?)", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("parent: dhss", await page.Locator(".problem .here").InnerTextAsync(), StringComparison.Ordinal);

        // Fixed: the site is back.
        File.WriteAllText(cbp, original);
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'Lone Star State'", null, new() { Timeout = 60_000 });
        Assert.True(watched.Problems.Count == 0, string.Join("\n", watched.Problems));
        await watched.DisposeAsync();

        stop.Cancel();
        Assert.Equal(ExitCodes.Success, await serving.WaitAsync(Patience));
        Assert.Contains("rebuilt in", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("stopped serving\n", output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error()
    {
        using var folders = SiteFolders.OfShipped();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            using var error = new StringWriter();
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var code = await ServeCommand.RunAsync(folders.Content, new ServeSettings(port, TimeSpan.FromMilliseconds(50)), SiteOptions.Default, ReadOptions.Default, TextWriter.Null, error, TerminalInfo.Plain, CancellationToken.None);

            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("--port", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
