using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Site.Assets;
using FactBase.Cli.Site.Graph;
using FactBase.Cli.Site.Model;
using FactBase.Cli.Site.Pages;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Site;

/// <summary>
/// Writes every file of the site from a compiled knowledge base: the pages (on every core, each
/// from the model alone, so the order they are written in does not matter), the two data files and
/// the assets. The same content gives the same bytes.
/// </summary>
internal static class SiteBuilder
{
    public static IEnumerable<SitePage> Build(KnowledgeBaseModel model, KindSchema schema, string directory, SiteOptions options)
    {
        var site = new SiteModel(model, schema);
        var graph = new RelationGraph(site);
        var footer = $"Written by factbase site from {directory}: {LoadedContent.Plural(site.Facts.Count, "fact")} of {LoadedContent.Plural(site.Kinds.Count, "kind")}.";
        var context = new SiteContext(site, graph, options, footer);

        // The large single files first, each on a core of its own, while the pages go on the others.
        var work = new List<Func<IEnumerable<SitePage>>>
        {
            () => [SiteData.Graph(graph)],
            () => [SiteData.Search(context)],
            () => HomePage.Write(context),
            () => TimelinePages.Write(context),
            () => [GraphPage.Write(context), SearchPage.Write(context)],
            SiteAssets.All,
        };
        work.AddRange(site.Kinds.Select(kind => (Func<IEnumerable<SitePage>>)(() => KindPage.Write(kind, context))));
        work.AddRange(site.Sources.Select(source => (Func<IEnumerable<SitePage>>)(() => [SourcePage.Write(source, context)])));
        work.AddRange(site.Facts.Select(fact => (Func<IEnumerable<SitePage>>)(() => [FactPage.Write(fact, context)])));
        return work.AsParallel().AsUnordered().WithMergeOptions(System.Linq.ParallelMergeOptions.NotBuffered).SelectMany(make => make());
    }
}
