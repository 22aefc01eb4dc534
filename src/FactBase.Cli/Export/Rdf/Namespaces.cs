namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// The W3C vocabularies the export uses, with the prefixes Turtle gives them. Everything
/// FactBase names itself hangs from the base IRI (<see cref="Vocabulary"/>).
/// </summary>
internal static class Namespaces
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Prov = "http://www.w3.org/ns/prov#";

    public static readonly Iri Type = new(Rdf, "type");
    public static readonly Iri Property = new(Rdf, "Property");
    public static readonly Iri Seq = new(Rdf, "Seq");
    public static readonly Iri Class = new(Rdfs, "Class");
    public static readonly Iri Label = new(Rdfs, "label");
    public static readonly Iri Comment = new(Rdfs, "comment");
    public static readonly Iri SubClassOf = new(Rdfs, "subClassOf");
    public static readonly Iri WasDerivedFrom = new(Prov, "wasDerivedFrom");

    public static readonly Iri Integer = new(Xsd, "integer");
    public static readonly Iri Decimal = new(Xsd, "decimal");
    public static readonly Iri Boolean = new(Xsd, "boolean");
    public static readonly Iri AnyUri = new(Xsd, "anyURI");
    public static readonly Iri Date = new(Xsd, "date");
    public static readonly Iri GYear = new(Xsd, "gYear");
    public static readonly Iri GYearMonth = new(Xsd, "gYearMonth");
    public static readonly Iri GMonth = new(Xsd, "gMonth");
    public static readonly Iri GMonthDay = new(Xsd, "gMonthDay");

    /// <summary>The prefixes of <see cref="TurtleWriter"/>'s header, for these namespaces.</summary>
    public static readonly (string Prefix, string Namespace)[] W3c =
    [
        ("rdf", Rdf),
        ("rdfs", Rdfs),
        ("xsd", Xsd),
        ("prov", Prov),
    ];

    /// <summary><c>rdf:_1</c>, <c>rdf:_2</c>...: the members of an <c>rdf:Seq</c>, in order.</summary>
    public static Iri Member(int position) => new(Rdf, "_" + position.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
