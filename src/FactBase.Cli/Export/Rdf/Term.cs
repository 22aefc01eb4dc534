namespace FactBase.Cli.Export.Rdf;

/// <summary>The object of a triple: an IRI, or a literal with its datatype (xsd:string when none is given).</summary>
internal readonly record struct Term(Iri? Resource, string Lexical, Iri? Datatype)
{
    public static Term Of(Iri resource) => new(resource, string.Empty, null);

    public static Term Text(string text) => new(null, text, null);

    public static Term Typed(string lexical, Iri datatype) => new(null, lexical, datatype);

    public static implicit operator Term(Iri resource) => Of(resource);
}
