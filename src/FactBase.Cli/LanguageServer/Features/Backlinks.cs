using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Workspace;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>Find references: every place another fact names this one (its backlinks, citations included), on a ref or anywhere in the fact's own file.</summary>
internal static class Backlinks
{
    public static IReadOnlyList<Location> Find(Session session, WorkspaceView view, string uri, Position position, bool includeDeclaration)
    {
        if (FileContext.Of(session, view, uri) is not { } file)
        {
            return [];
        }

        if (Targets.FactAtOrOwn(view, file, file.FrontMatter?.At(position)) is not { } fact)
        {
            return [];
        }

        var locations = view.ReferencesTo(fact.Id)
            .OrderBy(r => r.From.RelativePath, System.StringComparer.Ordinal)
            .ThenBy(r => r.Span.Start)
            .Select(r => session.LocationOf(r.From.Path, r.Span));
        return includeDeclaration ? [session.LocationOf(fact.Path, fact.IdSpan), .. locations] : [.. locations];
    }
}
