using System.Text;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// The names that tie a project's generated code to its records assembly, which the build step
/// writes beside it: <c>MyApp.Facts</c>, holding the records and one empty interface,
/// <c>FactBase.Records.MyApp_Facts</c>, that the generated code names with <c>typeof</c> so the
/// compiler records the reference (and every tool that follows references, deploys the assembly).
/// </summary>
public static class RecordsAssemblyName
{
    public const string MarkerNamespace = "FactBase.Records";

    /// <summary>The marker interface's name in <see cref="MarkerNamespace"/>: the assembly's name as an identifier.</summary>
    public static string MarkerType(string assemblyName)
    {
        var builder = new StringBuilder(assemblyName.Length + 1);
        foreach (var c in assemblyName)
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
