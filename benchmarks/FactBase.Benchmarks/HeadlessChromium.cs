using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FactBase.Benchmarks;

/// <summary>
/// Debian's Chromium, headless, through Playwright, as the site tests launch it: the flags keep it
/// from reaching for Google's hosts, which this closed network refuses.
/// </summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        File.Exists(Executable)
            ? playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"],
            })
            : throw new InvalidOperationException($"No {Executable}: 'apt-get install chromium' (or run the site tests once, which install it).");
}
