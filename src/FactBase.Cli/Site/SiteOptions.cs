namespace FactBase.Cli.Site;

/// <summary>
/// How the site is written: its title, and whether pages carry the script that reloads them when
/// <c>serve</c> rebuilds (never in a site written to a folder).
/// </summary>
internal sealed record SiteOptions(string Title, bool LiveReload = false)
{
    public const string DefaultTitle = "FactBase";

    public static SiteOptions Default { get; } = new(DefaultTitle);
}
