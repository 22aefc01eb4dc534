using System.Linq;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Rendering;

/// <summary>How a fact is named in a list: its <c>name</c> or <c>title</c> field if it has one, else its summary.</summary>
internal static class FactText
{
    public static string Label(FactModel fact)
    {
        var named = fact.Fields.FirstOrDefault(f => f.Name is "name" or "title" && f.Value is StringValue or TextValue);
        return named is null ? fact.Body.Summary : ValueText.Format(named.Value);
    }
}
