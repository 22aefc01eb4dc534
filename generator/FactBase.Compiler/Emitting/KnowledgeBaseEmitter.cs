using System.Globalization;
using System.Linq;
using System.Text;
using FactBase.Compiler.Common;

namespace FactBase.Compiler.Emitting;

/// <summary>The <c>Kb</c> class: the knowledge base behind the collections, a collection per kind, and the queries.</summary>
public sealed class KnowledgeBaseEmitter(TypeEmitter types)
{
    public string Emit(EmitPlan plan, EquatableArray<ChunkIds> ids)
    {
        var runtime = TypeEmitter.Runtime;
        var writer = FileHeader.Start(types.Namespace);
        writer.Lines(XmlDoc.Summary("The knowledge base compiled from the Markdown content: a collection per kind, lookup by id, backlinks, provenance and text search."));
        writer.Open($"public static partial class {Naming.KnowledgeBaseClass}");

        // Every id with its kind and chunk, as one UTF-8 literal: the first lookup indexes it alone, and
        // touches only the kind and chunk of the fact it finds (no other class is initialized, no other code runs).
        writer.Lines(XmlDoc.Summary("The knowledge base behind the typed collections. Facts are created on first use, each alone."));
        writer.Line($"public static {runtime}KnowledgeBase Base {{ get; }} = new(");
        writer.Line("    static () =>");
        var total = ids.Sum(c => c.Ids.Count).ToString(CultureInfo.InvariantCulture);
        writer.Line(builder =>
        {
            builder.Append("        \"");
            Token(builder, total);
            foreach (var chunk in ids)
            {
                Token(builder, chunk.Kind.ToString(CultureInfo.InvariantCulture));
                Token(builder, chunk.Chunk.ToString(CultureInfo.InvariantCulture));
                Token(builder, chunk.Ids.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var id in chunk.Ids)
                {
                    Token(builder, id);
                }
            }

            builder.Append("\"u8,");
        });
        writer.Line("    static (kind, chunk) => kind switch");
        writer.Line("    {");
        for (var k = 0; k < plan.Kinds.Count; k++)
        {
            writer.Line($"        {k.ToString(CultureInfo.InvariantCulture)} => {types.Qualified(plan.Kinds[k].CollectionName)}.{KindEmitter.ChunksMember}[chunk],");
        }

        writer.Line("        _ => throw new global::System.ArgumentOutOfRangeException(nameof(kind)),");
        writer.Line("    });");
        foreach (var kind in plan.Kinds)
        {
            writer.Line();
            writer.Lines(XmlDoc.Summary($"Every fact of the kind '{kind.Kind.Id}', with those of the kinds that extend it."));
            writer.Line($"public static {runtime}FactCollection<{types.Qualified(kind.ClassName)}> {kind.CollectionName} => {types.Qualified(kind.CollectionName)}.{Naming.AllMember};");
        }

        writer.Line();
        writer.Lines(XmlDoc.Summary("Every fact, in id order."));
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{runtime}Fact> Facts => Base.Facts;");
        writer.Line();
        writer.Lines(XmlDoc.Summary("The fact with this id, or null."));
        writer.Line($"public static {runtime}Fact? Find(string id) => Base.Find(id);");
        writer.Line();
        writer.Lines(XmlDoc.Summary("The fact with this id, of the given kind; throws when there is none."));
        writer.Line($"public static T Get<T>(string id) where T : {runtime}Fact => Base.Get<T>(id);");
        writer.Line();
        writer.Lines(XmlDoc.Summary("The facts whose fields refer to the fact, with the field of each ref."));
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{runtime}Backlink> ReferencesTo({runtime}Fact fact) => Base.ReferencesTo(fact);");
        writer.Line();
        writer.Lines(XmlDoc.Summary("The facts that cite the source, optionally only with a given status."));
        writer.Line($"public static global::System.Collections.Generic.IEnumerable<{runtime}Fact> CitingSource({runtime}Fact source, {runtime}CitationStatus? status = null) => Base.CitingSource(source, status);");
        writer.Line();
        writer.Lines(XmlDoc.Summary("The facts with at least one citation of the given status."));
        writer.Line($"public static global::System.Collections.Generic.IEnumerable<{runtime}Fact> WithStatus({runtime}CitationStatus status) => Base.WithStatus(status);");
        writer.Line();
        writer.Lines(XmlDoc.Summary("Facts whose body or citation quotes contain the text, ignoring case."));
        writer.Line($"public static global::System.Collections.Generic.IEnumerable<{runtime}Fact> Search(string text) => Base.Search(text);");
        writer.Close();
        return writer.ToString();
    }

    /// <summary>An id token, <c>length:id</c>: ids are ASCII (kebab-case), so the length is in bytes and the text needs no escape.</summary>
    private static void Token(StringBuilder builder, string text) =>
        builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
}
