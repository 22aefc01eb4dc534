using System;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.LanguageServer;

/// <summary>
/// <c>factbase lsp [&lt;dir&gt;]</c>: the language server, on standard input and output (standard
/// error for what it logs). Without a folder, it serves the workspace's <c>content/</c>.
/// </summary>
internal static class LspCommand
{
    public static async Task<int> RunAsync(string? directory, ReadOptions options, CancellationToken cancellation)
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        return await Server.LanguageServer.RunAsync(input, output, directory, options, Console.Error, cancellation).ConfigureAwait(false);
    }
}
