using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using FbDiagnostic = FactBase.Compiler.Diagnostics.Diagnostic;
using FbSeverity = FactBase.Compiler.Diagnostics.DiagnosticSeverity;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace FactBase.Generator;

/// <summary>The core's diagnostics as Roslyn's, located in the Markdown file so the build prints <c>file(line,col)</c>.</summary>
public static class DiagnosticConverter
{
    private static readonly Dictionary<string, RoslynDescriptor> Descriptors =
        DiagnosticDescriptors.All.ToDictionary(d => d.Id, ToRoslyn);

    public static IReadOnlyCollection<RoslynDescriptor> All => Descriptors.Values;

    public static Microsoft.CodeAnalysis.Diagnostic ToRoslyn(FbDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = Location.Create(
            diagnostic.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.Line - 1, span.Column - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
        return Microsoft.CodeAnalysis.Diagnostic.Create(Descriptors[diagnostic.Id], location, diagnostic.Message);
    }

    private static RoslynDescriptor ToRoslyn(Compiler.Diagnostics.DiagnosticDescriptor descriptor) =>
        new(
            descriptor.Id,
            descriptor.Title,
            "{0}",
            descriptor.Category,
            descriptor.DefaultSeverity switch
            {
                FbSeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
                FbSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
                _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            description: descriptor.MessageFormat,
            helpLinkUri: descriptor.HelpLink);
}
