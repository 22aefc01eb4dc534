using System;
using FactBase.Cli.Site.Graph;
using FactBase.Cli.Site.Model;

namespace FactBase.Cli.Site;

/// <summary>A file of the site: its path from the root, with '/' separators, and its bytes.</summary>
internal sealed record SitePage(string Path, byte[] Bytes);

/// <summary>What every page is written from: the indexed knowledge base, its graph, the options, the footer line.</summary>
internal sealed record SiteContext(SiteModel Site, SiteOptions Options, string Footer)
{
    // Made by the first page that asks (the graph's data file, made first), while the other cores make
    // fact pages, which do not need it; a page that asks meanwhile waits for it.
    private readonly Lazy<RelationGraph> _graph = new(() => new RelationGraph(Site));

    public RelationGraph Graph => _graph.Value;
}
