using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FactBase.Cli.Tests.LanguageServer;

/// <summary>
/// End to end, in a real editor: Neovim from Debian's packages (installed on first use), headless,
/// with its built-in LSP client, runs `factbase lsp` and goes through Neovim/e2e.lua's steps.
/// </summary>
public class NeovimTests
{
    [Fact]
    public async Task Neovim_completes_hovers_goes_to_definition_renames_and_shows_diagnostics()
    {
        var nvim = SystemTools.EnsureDebianPackage("neovim", "/usr/bin/nvim");
        using var content = TempContent.CopyOfShipped();
        var results = Path.Combine(Path.GetDirectoryName(content.Root)!, "results.txt");
        var server = Path.Combine(AppContext.BaseDirectory, "FactBase.Cli.dll");
        var script = Path.Combine(AppContext.BaseDirectory, "LanguageServer", "Neovim", "e2e.lua");

        var start = new ProcessStartInfo(nvim, ["--headless", "--clean", "-n", "-c", $"luafile {script}"])
        {
            WorkingDirectory = Path.GetDirectoryName(content.Root)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["FACTBASE_ROOT"] = content.Root;
        start.Environment["FACTBASE_RESULTS"] = results;
        start.Environment["FACTBASE_CMD"] = JsonSerializer.Serialize(new[] { "dotnet", server, "lsp", content.Root });
        using var editor = Process.Start(start)!;
        var error = editor.StandardError.ReadToEndAsync();
        var output = editor.StandardOutput.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await editor.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            editor.Kill(entireProcessTree: true);
        }

        var steps = File.Exists(results) ? File.ReadAllLines(results) : [];
        var report = $"{string.Join('\n', steps)}\nneovim's output: {await output}\n{await error}";
        Assert.True(steps.Length == 8 && steps.All(s => s.StartsWith("ok ", StringComparison.Ordinal)), report);
        Assert.Equal(["ok open", "ok complete", "ok hover", "ok definition", "ok rename", "ok diagnostic appears", "ok diagnostic clears", "ok exit"], steps);
        Assert.True(File.Exists(content.PathOf("places/lone-star.md")), report);
        Assert.False(File.Exists(content.PathOf("places/texas.md")), report);
        Assert.Contains("based-in: lone-star\n", content.Text("organizations/raices.md"), StringComparison.Ordinal);
    }
}
