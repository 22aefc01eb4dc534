namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// An IRI as its namespace and its local name. Writers write the two parts one after the other
/// (or the namespace's prefix and the local name, in Turtle), so no IRI is ever concatenated:
/// an export of millions of triples allocates no string per triple.
/// </summary>
internal readonly record struct Iri(string Namespace, string Local);
