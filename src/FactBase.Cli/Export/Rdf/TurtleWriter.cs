using System;
using System.Collections.Generic;
using System.IO;

namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// Turtle (https://www.w3.org/TR/turtle/): the prefixes first, then each subject once with its
/// predicates after ';' and repeated objects after ','. IRIs in a declared namespace are written
/// as prefixed names when their local name is one Turtle reads as it is; others in full.
/// </summary>
internal sealed class TurtleWriter : TripleWriter
{
    private readonly Dictionary<string, string> _prefixOf = new(StringComparer.Ordinal);
    private Iri? _subject;
    private Iri? _predicate;

    public TurtleWriter(Stream stream, IEnumerable<(string Prefix, string Namespace)> prefixes)
        : base(stream)
    {
        foreach (var (prefix, name) in prefixes)
        {
            _prefixOf[name] = prefix;
            Text.Write("@prefix ");
            Text.Write(prefix);
            Text.Write(": ");
            RdfText.WriteIri(Text, new Iri(name, string.Empty));
            Text.Write(" .\n");
        }
    }

    public override void Write(in Triple triple)
    {
        if (_subject == triple.Subject && _predicate == triple.Predicate)
        {
            Text.Write(" ,\n        ");
        }
        else if (_subject == triple.Subject)
        {
            Text.Write(" ;\n    ");
            WritePredicate(triple.Predicate);
        }
        else
        {
            Text.Write(_subject is null ? "\n" : " .\n\n");
            WriteName(triple.Subject);
            Text.Write("\n    ");
            WritePredicate(triple.Predicate);
        }

        (_subject, _predicate) = (triple.Subject, triple.Predicate);
        WriteTerm(triple.Object);
    }

    public override void Finish()
    {
        if (_subject is not null)
        {
            Text.Write(" .\n");
            _subject = null;
        }

        base.Finish();
    }

    protected override void WriteName(Iri iri)
    {
        if (_prefixOf.TryGetValue(iri.Namespace, out var prefix) && IsPlainLocalName(iri.Local))
        {
            Text.Write(prefix);
            Text.Write(':');
            Text.Write(iri.Local);
        }
        else
        {
            RdfText.WriteIri(Text, iri);
        }
    }

    private void WritePredicate(Iri predicate)
    {
        if (predicate == Namespaces.Type)
        {
            Text.Write('a');
        }
        else
        {
            WriteName(predicate);
        }

        Text.Write(' ');
    }

    /// <summary>
    /// Letters, digits, '_' and '-', not starting with '-': a local name Turtle's PN_LOCAL reads
    /// without escapes. Ids and field names are kebab-case, so they always are.
    /// </summary>
    private static bool IsPlainLocalName(string local)
    {
        if (local.Length == 0 || local[0] == '-')
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
