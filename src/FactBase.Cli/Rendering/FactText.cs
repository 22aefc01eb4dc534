using FactBase.Compiler.Model;

namespace FactBase.Cli.Rendering;

/// <summary>How a fact is named in a list: its <c>name</c> or <c>title</c> field if it has one, else its summary.</summary>
internal static class FactText
{
    public static string Label(FactModel fact)
    {
        foreach (var field in fact.Fields)
        {
            if (field.Name is "name" or "title" && field.Value is StringValue or TextValue)
            {
                return ValueText.Format(field.Value);
            }
        }

        return fact.Body.Summary;
    }
}
