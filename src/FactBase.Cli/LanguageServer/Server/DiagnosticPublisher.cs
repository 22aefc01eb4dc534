using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Workspace;
using Lsp = FactBase.Cli.LanguageServer.Protocol;

namespace FactBase.Cli.LanguageServer.Server;

/// <summary>
/// Sends each file's diagnostics when they change, and only then: what was last sent per file is
/// kept, so a keystroke that changes nothing sends nothing. A file's diagnostics are the compiler's,
/// with the build's id, message and place.
/// </summary>
internal sealed class DiagnosticPublisher(ContentFiles files, Func<PublishDiagnosticsParams, Task> send)
{
    private readonly Dictionary<string, IReadOnlyList<Compiler.Diagnostics.Diagnostic>> _sent = new(StringComparer.Ordinal);

    /// <summary>How many files have diagnostics showing.</summary>
    public int FilesWithDiagnostics => _sent.Count;

    /// <summary>Publishes <paramref name="paths"/> (and, for a new snapshot, every file that shows diagnostics) where they changed.</summary>
    public async Task PublishAsync(WorkspaceView view, IReadOnlyCollection<string> paths, bool everyFile)
    {
        var candidates = new HashSet<string>(paths, StringComparer.Ordinal);
        if (everyFile)
        {
            candidates.UnionWith(view.Snapshot.PathsWithDiagnostics());
            candidates.UnionWith(_sent.Keys);
        }

        foreach (var path in candidates.Order(StringComparer.Ordinal))
        {
            if (!files.Root.Contains(path))
            {
                continue; // a diagnostic with no file of the content (none is expected)
            }

            var diagnostics = view.Diagnostics(path);
            var before = _sent.GetValueOrDefault(path) ?? [];
            if (before.SequenceEqual(diagnostics))
            {
                continue;
            }

            if (diagnostics.Count == 0)
            {
                _sent.Remove(path);
            }
            else
            {
                _sent[path] = diagnostics;
            }

            var uri = files.Document(path)?.Uri ?? ContentRoot.UriOf(path);
            await send(new PublishDiagnosticsParams(uri, null, [.. diagnostics.Select(ToProtocol)])).ConfigureAwait(false);
        }
    }

    public static Lsp.Diagnostic ToProtocol(Compiler.Diagnostics.Diagnostic diagnostic)
    {
        var descriptor = Compiler.Diagnostics.DiagnosticDescriptors.All.FirstOrDefault(d => d.Id == diagnostic.Id);
        return new Lsp.Diagnostic(
            DocumentText.RangeOf(diagnostic.Span),
            diagnostic.Severity switch
            {
                Compiler.Diagnostics.DiagnosticSeverity.Error => Lsp.DiagnosticSeverity.Error,
                Compiler.Diagnostics.DiagnosticSeverity.Warning => Lsp.DiagnosticSeverity.Warning,
                _ => Lsp.DiagnosticSeverity.Information,
            },
            diagnostic.Id,
            descriptor is null ? null : new CodeDescription(descriptor.HelpLink),
            "factbase",
            diagnostic.Message);
    }
}
