using System.Linq;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Export;

/// <summary>
/// The words every export writes for the model's enums, so that JSON, RDF and Parquet agree:
/// kebab-case, as content is written (<c>more-than</c>, <c>unconfirmed</c>).
/// </summary>
internal static class ExportNames
{
    public static string Qualifier(Qualifier qualifier) => KebabCase(qualifier.ToString());

    public static string Status(CitationStatus status) => KebabCase(status.ToString());

    private static string KebabCase(string pascalCase) =>
        string.Concat(pascalCase.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
