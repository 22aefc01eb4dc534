using System;
using FactBase.Cli.Site.Graph;
using FactBase.Cli.Site.Model;
using FactBase.Cli.Site.Pages;

namespace FactBase.Cli.Site;

/// <summary>What every page is written from: the indexed knowledge base, its graph, the options, the footer line.</summary>
internal sealed record SiteContext(SiteModel Site, SiteOptions Options, string Footer)
{
    // Made by the first page that asks (the graph's data file, made first), while the other cores make
    // fact pages, which do not need it; a page that asks meanwhile waits for it.
    private readonly Lazy<RelationGraph> _graph = new(() => new RelationGraph(Site));

    public RelationGraph Graph => _graph.Value;

    /// <summary>The pages' shell, written once for the pages it is the same for.</summary>
    public PageShells Shells { get; } = new(Options, Footer);

    /// <summary>Links to facts and kinds, written once for each folder they are seen from.</summary>
    public LinkFragments Links { get; } = new(Site);
}
