using System.Globalization;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// One chunk's file: a typed property per fact, with its documentation. The facts' data is not
/// here: it is in the records, read on first use (<see cref="RecordsResource"/>), and nothing
/// here depends on it, so an edit of a fact's values or body changes no C# and the compiler need
/// not run. The C# grows by a line or two per fact, whatever the fact holds.
/// </summary>
public sealed class ChunkEmitter(TypeEmitter types)
{
    public string Emit(KindPlan kind, ChunkModel chunk)
    {
        var writer = FileHeader.Start(types.Namespace, nullableWarnings: false);
        var className = types.Qualified(kind.ClassName);
        writer.Open($"public static partial class {kind.CollectionName}");
        for (var slot = 0; slot < chunk.Facts.Count; slot++)
        {
            var fact = chunk.Facts[slot];
            if (slot > 0)
            {
                writer.Line();
            }

            writer.Doc("summary", $"The {kind.Kind.Id} '{fact.Id}', from {fact.RelativePath}.");
            writer.Line($"public static {className} {fact.Member} => {KindEmitter.FactAt}({fact.Index.ToString(CultureInfo.InvariantCulture)});");
        }

        writer.Close();
        return writer.ToString();
    }
}
