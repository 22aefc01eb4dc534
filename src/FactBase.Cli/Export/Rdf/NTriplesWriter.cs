using System.IO;

namespace FactBase.Cli.Export.Rdf;

/// <summary>N-Triples (https://www.w3.org/TR/n-triples/): one triple a line, every IRI in full.</summary>
internal sealed class NTriplesWriter(Stream stream) : TripleWriter(stream)
{
    public override void Write(in Triple triple)
    {
        WriteName(triple.Subject);
        Text.Write(' ');
        WriteName(triple.Predicate);
        Text.Write(' ');
        WriteTerm(triple.Object);
        Text.Write(" .\n");
    }

    protected override void WriteName(Iri iri) => RdfText.WriteIri(Text, iri);
}
