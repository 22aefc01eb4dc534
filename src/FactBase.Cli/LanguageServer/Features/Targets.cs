using FactBase.Cli.LanguageServer.Syntax;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.LanguageServer.Features;

/// <summary>The fact a place in front matter names: a ref's target, a citation's source or <c>by</c>, or the fact the <c>id:</c> gives.</summary>
internal static class Targets
{
    /// <summary>The id written at <paramref name="spot"/>, when it is a fact's id; null elsewhere.</summary>
    public static string? IdAt(WorkspaceView view, FileContext file, Spot spot)
    {
        if (spot.Kind != SpotKind.Value || spot.Value.Length == 0)
        {
            return null;
        }

        if (spot.InSources)
        {
            return spot.CitationKey is null or "source" or "by" ? spot.Value : null;
        }

        if (spot.Field == "id" && !file.IsKindFile)
        {
            return spot.Value;
        }

        var type = file.Field(view, spot.Field)?.Type;
        return (type is ListFieldType list ? list.Item : type) is RefFieldType ? spot.Value : null;
    }

    /// <summary>The fact named at <paramref name="spot"/>, or else the fact the file itself holds.</summary>
    public static FactSummary? FactAtOrOwn(WorkspaceView view, FileContext file, Spot? spot) =>
        spot is not null && IdAt(view, file, spot) is { } id ? view.Facts.Find(id) : view.FactIn(file.Path);
}
