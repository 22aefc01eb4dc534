using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FactBase.Site.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (its driver ships in the NuGet package; no
/// browser is downloaded). Installed on first use through apt, as <c>.ci/run</c> and the README's
/// <c>dotnet test</c> expect. The flags keep Chromium from reaching for Google's hosts, which a
/// closed network refuses: the site must make no request to another host anyway.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        var executable = SystemTools.EnsureDebianPackage("chromium", Chromium);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh page that records what should never happen: console errors, uncaught errors, dialogs, requests to other hosts.</summary>
    public async Task<WatchedPage> OpenAsync(Func<string, bool> isOwnRequest)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // Generous: the machine is shared with builds, and a wait that runs out is a failure, not a measurement.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        return new WatchedPage(page, isOwnRequest);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A page and the problems seen on it.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    public WatchedPage(IPage page, Func<string, bool> isOwnRequest)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error")
            {
                Problems.Add($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add($"uncaught error on {page.Url}: {error}");
        page.Dialog += async (_, dialog) =>
        {
            Problems.Add($"dialog on {page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Problems.Add($"{response.Status} for {response.Url}");
            }
        };
        page.Request += (_, request) =>
        {
            if (!isOwnRequest(request.Url))
            {
                Problems.Add($"request to another host from {page.Url}: {request.Url}");
            }
        };
    }

    public IPage Page { get; }

    public List<string> Problems { get; } = [];

    public ValueTask DisposeAsync() => new(Page.Context.CloseAsync());
}
