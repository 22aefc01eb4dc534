using FactBase.Cli.Site.Graph;
using FactBase.Cli.Site.Model;

namespace FactBase.Cli.Site;

/// <summary>A file of the site: its path from the root, with '/' separators, and its bytes.</summary>
internal sealed record SitePage(string Path, byte[] Bytes);

/// <summary>What every page is written from: the indexed knowledge base, its graph, the options, the footer line.</summary>
internal sealed record SiteContext(SiteModel Site, RelationGraph Graph, SiteOptions Options, string Footer);
