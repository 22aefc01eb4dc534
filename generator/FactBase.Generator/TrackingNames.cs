namespace FactBase.Generator;

/// <summary>Names of the pipeline's steps, so tests can assert what was cached.</summary>
public static class TrackingNames
{
    public const string Options = "FactBase.Options";
    public const string Parse = "FactBase.Parse";
    public const string Link = "FactBase.Link";
    public const string Emit = "FactBase.Emit";
    public const string Diagnostics = "FactBase.Diagnostics";
}
