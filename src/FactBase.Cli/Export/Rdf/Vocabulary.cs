namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// The names FactBase gives in RDF, all under the base IRI, laid out as Wikibase lays out its
/// dumps: facts as entities (<c>wd:</c>), a direct property per field for simple queries
/// (<c>wdt:</c>), a value property to a node that keeps a value's nuance (<c>psv:</c> and
/// <c>wdv:</c>), and reference nodes for citations (<c>wdref:</c>). The prefixes are the ones
/// Turtle output declares.
/// </summary>
internal sealed class Vocabulary
{
    public Vocabulary(string baseIri)
    {
        Base = baseIri;
        Ontology = baseIri + "ontology#";
        Facts = baseIri + "fact/";
        Kinds = baseIri + "kind/";
        Direct = baseIri + "prop/direct/";
        ValueProperties = baseIri + "prop/value/";
        ListProperties = baseIri + "prop/list/";
        Values = baseIri + "value/";
        References = baseIri + "reference/";
        Prefixes =
        [
            .. Namespaces.W3c,
            ("fb", Ontology),
            ("fbf", Facts),
            ("fbk", Kinds),
            ("fbd", Direct),
            ("fbv", ValueProperties),
            ("fbl", ListProperties),
            ("fbval", Values),
            ("fbref", References),
        ];
    }

    public string Base { get; }

    /// <summary>FactBase's own classes and properties (<c>fb:</c>): <c>fb:MoneyValue</c>, <c>fb:quote</c>...</summary>
    public string Ontology { get; }

    public string Facts { get; }

    public string Kinds { get; }

    public string Direct { get; }

    public string ValueProperties { get; }

    public string ListProperties { get; }

    public string Values { get; }

    public string References { get; }

    public (string Prefix, string Namespace)[] Prefixes { get; }

    public Iri Fact(string id) => new(Facts, id);

    public Iri Kind(string id) => new(Kinds, id);

    /// <summary>A field as a kind declares it: <c>kind/organization/based-in</c>.</summary>
    public Iri Field(string kind, string field) => new(Kinds, kind + "/" + field);

    /// <summary>The ordered list a list field holds, named after its fact: <c>fact/raices#aliases</c>.</summary>
    public Iri List(string factId, string field) => new(Facts, factId + "#" + field);

    public Iri Term(string name) => new(Ontology, name);
}
