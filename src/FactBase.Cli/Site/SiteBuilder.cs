using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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
/// the assets. The search index alone waits for the fact pages, whose bodies' text it holds. The
/// same content gives the same bytes.
/// </summary>
internal static class SiteBuilder
{
    public static IEnumerable<SitePage> Build(KnowledgeBaseModel model, KindSchema schema, string directory, SiteOptions options)
    {
        var site = new SiteModel(model, schema);
        var graph = new RelationGraph(site);
        var footer = $"Written by factbase site from {directory}: {LoadedContent.Plural(site.Facts.Count, "fact")} of {LoadedContent.Plural(site.Kinds.Count, "kind")}.";
        var context = new SiteContext(site, graph, options, footer);

        // The search index is made of what each fact's page found in its body, so it is written last,
        // once every fact's entry is in; the large single files come first, while the pages go on the
        // other cores. Work is handed out in this order, a little at a time, as cores come free.
        var entries = new byte[site.Facts.Count][];
        var factsLeft = new CountdownEvent(site.Facts.Count);
        var work = new List<Func<IEnumerable<SitePage>>>
        {
            () => [SiteData.Graph(graph)],
            () => HomePage.Write(context),
            () => TimelinePages.Write(context),
            () => [GraphPage.Write(context), SearchPage.Write(context)],
            SiteAssets.All,
        };
        work.AddRange(site.Kinds.Select(kind => (Func<IEnumerable<SitePage>>)(() => KindPage.Write(kind, context))));
        work.AddRange(site.Sources.Select(source => (Func<IEnumerable<SitePage>>)(() => [SourcePage.Write(source, context)])));
        work.AddRange(site.Facts.Select((fact, i) => (Func<IEnumerable<SitePage>>)(() =>
        {
            try
            {
                var page = FactPage.Write(fact, context, out var text);
                entries[i] = SiteData.SearchEntry(fact, text);
                return [page];
            }
            finally
            {
                // Even when a page fails, so that the index does not wait for it (the failure is what is reported).
                factsLeft.Signal();
            }
        })));
        work.Add(() =>
        {
            factsLeft.Wait();
            return [SiteData.Search(context, entries)];
        });
        return Partitioner.Create(work, loadBalance: true).AsParallel().AsUnordered().WithMergeOptions(ParallelMergeOptions.NotBuffered).SelectMany(make => make());
    }
}
