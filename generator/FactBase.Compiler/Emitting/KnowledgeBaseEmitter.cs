using FactBase.Compiler.Common;
using FactBase.Compiler.Pipeline;

namespace FactBase.Compiler.Emitting;

/// <summary>The <c>Kb</c> class: the knowledge base behind the collections, a collection per kind, and the queries.</summary>
public sealed class KnowledgeBaseEmitter(TypeEmitter types)
{
    /// <summary>The store of each kind, by the kind's number: lower-case, so no kind's collection name meets it.</summary>
    private const string StoreFinders = "storesOfKind";

    /// <param name="plan">The kinds.</param>
    /// <param name="stamp">The placement's stamp (<see cref="Placement.Stamp"/>): the records resource must carry the same.</param>
    /// <param name="recordsAssembly">The records assembly's name; null when the records are in this assembly.</param>
    public string Emit(EmitPlan plan, ContentHash stamp, string? recordsAssembly)
    {
        var runtime = TypeEmitter.Runtime;
        var writer = FileHeader.Start(types.Namespace);
        writer.Doc("summary", "The knowledge base compiled from the Markdown content: a collection per kind, lookup by id, links both ways, time, provenance and text search.");
        writer.Open($"public static partial class {Naming.KnowledgeBaseClass}");

        // A delegate per kind rather than one switch over every kind: compiling a switch, at the first
        // query, loads every kind's class; each of these is compiled when its kind is first used, and
        // loads that kind's class alone.
        writer.Line($"private static readonly global::System.Func<{KindEmitter.Storage}FactStore>[] {StoreFinders} =");
        writer.Line("[");
        foreach (var kind in plan.Kinds)
        {
            writer.Line($"    static () => {types.Qualified(kind.CollectionName)}.{KindEmitter.StoreMember},");
        }

        writer.Line("];");
        writer.Line();

        // The records are in the records assembly the build step wrote with the same stamp, named through
        // its marker so that the compiler and every tool after it know this assembly depends on it:
        // the first lookup reads its id table alone, and touches only the kind of the fact it finds.
        var records = recordsAssembly is null
            ? Naming.KnowledgeBaseClass
            : $"global::{RecordsAssemblyName.MarkerNamespace}.{RecordsAssemblyName.MarkerType(recordsAssembly)}";
        writer.Doc("summary", "The knowledge base behind the typed collections. Facts are created on first use, each alone.");
        writer.Line($"public static {runtime}KnowledgeBase Base {{ get; }} = new(typeof({records}).Assembly, {CSharpLiteral.String(stamp.ToString())}, static kind => {StoreFinders}[kind]());");

        foreach (var kind in plan.Kinds)
        {
            writer.Line();
            writer.Doc("summary", $"Every fact of the kind '{kind.Kind.Id}', with those of the kinds that extend it.");
            writer.Line($"public static {runtime}FactCollection<{types.Qualified(kind.ClassName)}> {kind.CollectionName} => {types.Qualified(kind.CollectionName)}.{Naming.AllMember};");
        }

        var list = "global::System.Collections.Generic.IReadOnlyList";
        var sequence = "global::System.Collections.Generic.IEnumerable";
        var fact = runtime + "Fact";
        var date = runtime + "PartialDate";
        var status = runtime + "CitationStatus";
        Forward(writer, "Every fact, in id order.", $"{list}<{fact}> Facts => Base.Facts;");
        Forward(writer, "The fact with this id, or null.", $"{fact}? Find(string id) => Base.Find(id);");
        Forward(writer, "The fact with this id, of the given kind; throws when there is none.", $"T Get<T>(string id) where T : {fact} => Base.Get<T>(id);");
        Forward(writer, "The facts of a kind's class, including kinds that extend it, in id order.", $"{sequence}<T> OfKind<T>() where T : {fact} => Base.OfKind<T>();");
        Forward(writer, "The facts whose fields refer to the fact, with the field of each ref.", $"{list}<{runtime}Backlink> ReferencesTo({fact} fact) => Base.ReferencesTo(fact);");
        Forward(writer, "Every ref between the fact and another fact, both ways: its own refs (outgoing), then the refs to it (incoming).", $"{list}<{runtime}Link> LinksOf({fact} fact) => Base.LinksOf(fact);");
        Forward(writer, "The facts reached from the start by following, again and again, the links the predicate accepts; nearest first.", $"{list}<{fact}> Reachable({fact} start, global::System.Func<{runtime}Link, bool> follow) => Base.Reachable(start, follow);");
        Forward(writer, "The facts dated on or before the end of the date: what had happened as of then.", $"{sequence}<{fact}> AsOf({date} date) => Base.AsOf(date);");
        Forward(writer, "The facts dated wholly before the date begins.", $"{sequence}<{fact}> Before({date} date) => Base.Before(date);");
        Forward(writer, "The facts dated wholly after the date ends.", $"{sequence}<{fact}> After({date} date) => Base.After(date);");
        Forward(writer, "The facts dated within the period.", $"{sequence}<{fact}> During({date} period) => Base.During(period);");
        Forward(writer, "The facts dated from the start of one date to the end of another.", $"{sequence}<{fact}> During({date} from, {date} through) => Base.During(from, through);");
        Forward(writer, "The sources the fact cites, each once, optionally only those cited with a given status.", $"{list}<{fact}> SourcesOf({fact} fact, {status}? status = null) => Base.SourcesOf(fact, status);");
        Forward(writer, "The facts that cite the source, optionally only with a given status.", $"{sequence}<{fact}> CitingSource({fact} source, {status}? status = null) => Base.CitingSource(source, status);");
        Forward(writer, "The facts with at least one citation of the given status.", $"{sequence}<{fact}> WithStatus({status} status) => Base.WithStatus(status);");
        Forward(writer, "Every citation of the given status, with its fact.", $"{sequence}<{runtime}CitedFact> CitationsWith({status} status) => Base.CitationsWith(status);");
        Forward(writer, "The facts whose citations name the claimant as the one making the claim, optionally only with a given status.", $"{sequence}<{fact}> ClaimedBy({fact} claimant, {status}? status = null) => Base.ClaimedBy(claimant, status);");
        Forward(writer, "Facts whose body or citation quotes contain the text, ignoring case, typographic quotes and whitespace.", $"{sequence}<{fact}> Search(string text) => Base.Search(text);");
        Forward(writer, "The citations whose quote contains the text, with their facts.", $"{sequence}<{runtime}CitedFact> SearchQuotes(string text) => Base.SearchQuotes(text);");
        writer.Close();
        return writer.ToString();
    }

    /// <summary>A static member of Kb forwarding to <c>Base</c>; its name must be in <see cref="Naming.KnowledgeBaseMembers"/>.</summary>
    private static void Forward(CodeWriter writer, string doc, string declaration)
    {
        writer.Line();
        writer.Doc("summary", doc);
        writer.Line("public static " + declaration);
    }
}
