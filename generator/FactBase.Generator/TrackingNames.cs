namespace FactBase.Generator;

/// <summary>Names of the pipeline's steps, so tests can assert what was cached.</summary>
public static class TrackingNames
{
    public const string Options = "FactBase.Options";
    public const string Prefetch = "FactBase.Prefetch";
    public const string Parse = "FactBase.Parse";
    public const string KindFiles = "FactBase.KindFiles";
    public const string Schema = "FactBase.Schema";
    public const string Check = "FactBase.Check";
    public const string Summarize = "FactBase.Summarize";
    public const string Link = "FactBase.Link";
    public const string Context = "FactBase.Context";
    public const string Place = "FactBase.Place";
    public const string Layout = "FactBase.Layout";
    public const string EmitKind = "FactBase.EmitKind";
    public const string EmitChunk = "FactBase.EmitChunk";
    public const string EmitKnowledgeBase = "FactBase.EmitKnowledgeBase";
    public const string Diagnostics = "FactBase.Diagnostics";
}
