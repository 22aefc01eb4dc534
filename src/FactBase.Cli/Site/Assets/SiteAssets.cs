using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace FactBase.Cli.Site.Assets;

/// <summary>
/// The stylesheet, the site's scripts and the vendored graph library with its licences, embedded in
/// the tool (the site needs no download, at build time or in the browser) and copied under
/// <c>assets/</c>. The resources are named by their path under this folder.
/// </summary>
internal static class SiteAssets
{
    private const string Prefix = "FactBase.Cli.Site.Assets.";

    public static IEnumerable<SitePage> All()
    {
        var assembly = typeof(SiteAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(Prefix, System.StringComparison.Ordinal))
            {
                yield return new SitePage(SitePaths.Assets + name[Prefix.Length..], Read(assembly, name));
            }
        }
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
