namespace FactBase.Generator;

/// <summary>
/// Names of the pipeline's steps, so tests can assert what was cached. Every step the generator
/// registers has one (a test reads them by reflection and fails on a step without).
/// </summary>
public static class TrackingNames
{
    public const string Options = "FactBase.Options";
    public const string Input = "FactBase.Input";
    public const string Read = "FactBase.Read";
    public const string Schema = "FactBase.Schema";
    public const string Summarize = "FactBase.Summarize";
    public const string Link = "FactBase.Link";
    public const string Context = "FactBase.Context";
    public const string FactKeys = "FactBase.FactKeys";
    public const string Place = "FactBase.Place";
    public const string Layout = "FactBase.Layout";
    public const string Kinds = "FactBase.Kinds";
    public const string Chunks = "FactBase.Chunks";
    public const string EmitKind = "FactBase.EmitKind";
    public const string EmitChunk = "FactBase.EmitChunk";
    public const string EmitKnowledgeBase = "FactBase.EmitKnowledgeBase";
    public const string FileDiagnostics = "FactBase.FileDiagnostics";
    public const string Diagnostics = "FactBase.Diagnostics";
}
