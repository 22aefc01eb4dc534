using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Cli.Loading;
using FactBase.Cli.Site.Assets;
using FactBase.Cli.Site.Model;
using FactBase.Cli.Site.Pages;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Site;

/// <summary>
/// Makes every file of the site from a compiled knowledge base: the pages (on every core, each
/// from the model alone, so the order they are made in does not matter), the two data files and
/// the assets. The search index alone waits for the fact pages, whose bodies' text it holds. The
/// same content gives the same bytes.
/// </summary>
internal static class SiteBuilder
{
    /// <summary>
    /// Hands each file to <paramref name="write"/> on the core that made it, as soon as it is made, and
    /// returns when all are handed over: no queue between the pages' makers for the cores to spin on
    /// (<c>factbase site</c> hands them to <see cref="Output.WriterThread"/>, which blocks instead).
    /// A page's bytes may be lent by the shared pool: a <paramref name="write"/> done with a page may
    /// hand them back (<see cref="SitePage.Release"/>); one that keeps pages does not.
    /// </summary>
    public static void Build(KnowledgeBaseModel model, KindSchema schema, string directory, SiteOptions options, Action<SitePage> write)
    {
        var site = new SiteModel(model, schema);
        var footer = $"Written by factbase site from {directory}: {LoadedContent.Plural(site.Facts.Count, "fact")} of {LoadedContent.Plural(site.Kinds.Count, "kind")}.";
        var context = new SiteContext(site, options, footer);

        // The search index is made of what each fact's page found in its body, so it is written last,
        // once every fact's entry is in; the large single files come first, while the pages go on the
        // other cores. Work is handed out in this order, a little at a time, as cores come free.
        var entries = new byte[site.Facts.Count][];
        var factsLeft = new CountdownEvent(site.Facts.Count);
        var work = new List<Func<IEnumerable<SitePage>>>
        {
            // The graph is made for its data file; its page, the one other page that needs it, comes after.
            () => [SiteData.Graph(context.Graph), GraphPage.Write(context)],
            () => HomePage.Write(context),
            () => TimelinePages.Write(context),
            () => [SearchPage.Write(context)],
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
        // One item at a time, in the list's order, so that every fact page is taken before the index that waits for them.
        Parallel.ForEach(Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, make =>
        {
            foreach (var page in make())
            {
                write(page);
            }
        });
    }
}
