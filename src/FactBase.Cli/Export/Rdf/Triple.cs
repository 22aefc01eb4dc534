namespace FactBase.Cli.Export.Rdf;

/// <summary>One statement: subject, predicate, object.</summary>
internal readonly record struct Triple(Iri Subject, Iri Predicate, Term Object);
