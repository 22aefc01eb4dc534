using System;
using System.IO;
using System.Text;

namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// Writes triples as they come, in UTF-8 without a byte order mark, through a buffer: nothing
/// is kept but the buffer, so an export streams whatever its size.
/// </summary>
internal abstract class TripleWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected TripleWriter(Stream stream)
    {
        Text = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
    }

    protected TextWriter Text { get; }

    public abstract void Write(in Triple triple);

    /// <summary>Ends the last statement and flushes the buffer into the stream.</summary>
    public virtual void Finish() => Text.Flush();

    public void Dispose()
    {
        Text.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>An IRI, in full or abbreviated as the format allows.</summary>
    protected abstract void WriteName(Iri iri);

    /// <summary>An IRI, or a literal: quoted, then its datatype unless it is xsd:string.</summary>
    protected void WriteTerm(in Term term)
    {
        if (term.Resource is { } resource)
        {
            WriteName(resource);
            return;
        }

        RdfText.WriteQuoted(Text, term.Lexical);
        if (term.Datatype is { } datatype)
        {
            Text.Write("^^");
            WriteName(datatype);
        }
    }
}
