using System.Globalization;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// One chunk's file: a typed property per fact, and the facts' records as one UTF-8 literal.
/// The literal goes to the assembly's data, not to the metadata's string heap (16 MB for the whole
/// program), and costs no IL: a fact is decoded from it on first use by the kind's one reader.
/// </summary>
public sealed class ChunkEmitter(TypeEmitter types)
{
    public string Emit(KindPlan kind, ChunkModel chunk)
    {
        var buffer = ChunkBuffers.Rent(EstimatedLength(chunk));
        try
        {
            return Emit(kind, chunk, FileHeader.Start(types.Namespace, buffer));
        }
        finally
        {
            ChunkBuffers.Return(buffer);
        }
    }

    private string Emit(KindPlan kind, ChunkModel chunk, CodeWriter writer)
    {
        var className = types.Qualified(kind.ClassName);
        var field = KindEmitter.ChunkMember(chunk.Index);
        writer.Open($"public static partial class {kind.CollectionName}");
        for (var slot = 0; slot < chunk.Facts.Count; slot++)
        {
            var (fact, member) = (chunk.Facts[slot].Fact, chunk.Facts[slot].Member);
            writer.Doc("summary", fact.Body.Summary.Length > 0 ? fact.Body.Summary : $"The {fact.Kind} '{fact.Id}'.");
            writer.Doc("remarks", $"From {fact.RelativePath}.");
            writer.Line($"public static {className} {member} => ({className}){field}.Get({slot.ToString(CultureInfo.InvariantCulture)});");
            writer.Line();
        }

        var count = chunk.Facts.Count.ToString(CultureInfo.InvariantCulture);
        // One literal, not one per record joined by '+': Roslyn binds a chain of u8 concatenations at a
        // cost that grows with its length (measured: 0.2 s for a chunk's 128 records against 0.02 s).
        writer.Line($"private static readonly {KindEmitter.Storage}FactChunk {field} = new({types.Qualified(Common.Naming.KnowledgeBaseClass)}.Base, {count}, {KindEmitter.ReadMember}, static () =>");
        writer.Line(builder =>
        {
            builder.Append("    \"");
            ChunkData.Append(builder, kind, chunk);
            builder.Append("\"u8);");
        });

        writer.Close();
        return writer.ToString();
    }

    /// <summary>
    /// About the chars of a chunk's file, a little over rather than under: a body as written (its
    /// record's bulk, some escapes aside), and for the rest of a fact, its property and docs and its
    /// record's other tokens, 1,000 (the benchmark corpus averages 700).
    /// </summary>
    private static int EstimatedLength(ChunkModel chunk)
    {
        long length = 1_000;
        foreach (var chunkFact in chunk.Facts)
        {
            length += chunkFact.Fact.Body.Length + chunkFact.Fact.Body.Summary.Length + 1_000;
        }

        // Records above a megabyte are packed, so the text stays below this; the bound only guards the cast.
        return (int)System.Math.Min(length, 64L * 1024 * 1024);
    }
}
