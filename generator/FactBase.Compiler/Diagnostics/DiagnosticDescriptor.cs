using System.Globalization;

namespace FactBase.Compiler.Diagnostics;

/// <summary>
/// One kind of problem: a stable id, a title, a message format whose arguments name the
/// offending thing and its fix, a category and a default severity.
/// </summary>
public sealed class DiagnosticDescriptor
{
    public DiagnosticDescriptor(string id, string title, string messageFormat, string category, DiagnosticSeverity defaultSeverity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
    }

    public string Id { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Where the problem and its fix are explained, with an example.</summary>
    public string HelpLink => DiagnosticDescriptors.HelpLinkOf(Id);

    public Diagnostic At(string path, SourceSpan span, params object?[] args) =>
        new(Id, DefaultSeverity, string.Format(CultureInfo.InvariantCulture, MessageFormat, args), path, span);
}
