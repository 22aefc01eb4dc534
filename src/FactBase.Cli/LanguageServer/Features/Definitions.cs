using System.Collections.Generic;
using FactBase.Cli.LanguageServer.Protocol;
using FactBase.Cli.LanguageServer.Server;
using FactBase.Cli.LanguageServer.Syntax;
using FactBase.Cli.LanguageServer.Workspace;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>Go to definition: a ref to the fact's file, <c>kind:</c> (and a kind's <c>extends:</c>) to the kind's file, a field to its line in the kind that declares it.</summary>
internal static class Definitions
{
    public static IReadOnlyList<Location> Find(Session session, WorkspaceView view, string uri, Position position)
    {
        if (FileContext.Of(session, view, uri) is not { FrontMatter: { } frontMatter } file || frontMatter.At(position) is not { } spot)
        {
            return [];
        }

        if (spot.Kind == SpotKind.Key && !spot.InSources && file.Definition is { } kind)
        {
            return FactDescription.DeclaringKind(view.Kinds, kind.Id, spot.Token) is { } owner && file.Field(view, spot.Token) is { } field
                ? [session.LocationOf(owner.Path, field.Span)]
                : [];
        }

        if (spot.Kind == SpotKind.Value && !spot.InSources && (spot.Field == "kind" || (spot.Field == "extends" && file.IsKindFile)))
        {
            return view.Kinds.Find(spot.Value) is { } target ? [session.LocationOf(target.Path, target.Span)] : [];
        }

        return Targets.IdAt(view, file, spot) is { } id && view.Facts.Find(id) is { } fact
            ? [session.LocationOf(fact.Path, fact.IdSpan)]
            : [];
    }
}
