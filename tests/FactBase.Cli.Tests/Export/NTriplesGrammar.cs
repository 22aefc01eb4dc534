using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactBase.Cli.Tests.Export;

/// <summary>A term of a parsed triple: an IRI, a blank node, or a literal with its datatype or language.</summary>
internal readonly record struct RdfNode(RdfNodeKind Kind, string Value, string? Datatype = null, string? Language = null);

internal enum RdfNodeKind
{
    Iri,
    Blank,
    Literal,
}

internal readonly record struct ParsedTriple(RdfNode Subject, RdfNode Predicate, RdfNode Object);

/// <summary>
/// A strict reader of N-Triples, written from the grammar of the W3C Recommendation (RDF 1.1
/// N-Triples, section 7), so that the export is checked against the standard and not against
/// itself: bytes must be UTF-8; every line is a triple (or empty of anything but a comment);
/// IRIs are absolute and hold none of the characters IRIREF forbids; literals hold no raw quote,
/// backslash, line feed or carriage return, and every escape is one of ECHAR or UCHAR, decoded to
/// what it stands for. Any departure throws, naming the line and the column.
/// </summary>
internal static class NTriplesGrammar
{
    private const string IriForbidden = "<>\"{}|^`\\";

    public static List<ParsedTriple> Parse(byte[] document)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(document);
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("The document does not end with a line feed.");
        }

        var triples = new List<ParsedTriple>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (new LineReader(lines[i], i + 1).Read() is { } triple)
            {
                triples.Add(triple);
            }
        }

        return triples;
    }

    private sealed class LineReader(string line, int number)
    {
        private int _at;

        public ParsedTriple? Read()
        {
            SkipSpace();
            if (AtEnd || Peek == '#')
            {
                return null;
            }

            var subject = Peek == '<' ? Iri() : Blank();
            SkipSpace();
            var predicate = Iri();
            SkipSpace();
            var obj = Peek switch
            {
                '<' => Iri(),
                '_' => Blank(),
                '"' => Literal(),
                _ => throw Error("an object: an IRI, a blank node or a literal"),
            };
            SkipSpace();
            Expect('.');
            SkipSpace();
            if (!AtEnd && Peek != '#')
            {
                throw Error("the end of the line after '.'");
            }

            return new ParsedTriple(subject, predicate, obj);
        }

        private bool AtEnd => _at >= line.Length;

        private char Peek => AtEnd ? '\0' : line[_at];

        private RdfNode Iri()
        {
            Expect('<');
            var iri = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Error("'>' closing the IRI");
                }

                var c = line[_at++];
                if (c == '>')
                {
                    break;
                }

                if (c == '\\')
                {
                    iri.Append(Uchar());
                    continue;
                }

                if (c <= ' ' || IriForbidden.Contains(c, StringComparison.Ordinal))
                {
                    throw Error($"no U+{(int)c:X4} in an IRI", _at - 1);
                }

                iri.Append(c);
            }

            var value = iri.ToString();
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon < 1 || !char.IsAsciiLetter(value[0]) || !value[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                throw Error($"an absolute IRI, not <{value}>");
            }

            return new RdfNode(RdfNodeKind.Iri, value);
        }

        private RdfNode Blank()
        {
            Expect('_');
            Expect(':');
            var start = _at;
            while (!AtEnd && (char.IsLetterOrDigit(Peek) || Peek is '_' or '-' or '.'))
            {
                _at++;
            }

            if (_at == start || line[_at - 1] == '.' || line[start] is '-' or '.')
            {
                throw Error("a blank node label", start);
            }

            return new RdfNode(RdfNodeKind.Blank, line[start.._at]);
        }

        private RdfNode Literal()
        {
            Expect('"');
            var text = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Error("'\"' closing the literal");
                }

                var c = line[_at++];
                if (c == '"')
                {
                    break;
                }

                if (c == '\r')
                {
                    throw Error("no raw carriage return in a literal", _at - 1);
                }

                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                var escaped = Peek;
                text.Append(escaped switch
                {
                    't' => "\t",
                    'b' => "\b",
                    'n' => "\n",
                    'r' => "\r",
                    'f' => "\f",
                    '"' => "\"",
                    '\'' => "'",
                    '\\' => "\\",
                    _ => null,
                } ?? Uchar());
                if (escaped is 't' or 'b' or 'n' or 'r' or 'f' or '"' or '\'' or '\\')
                {
                    _at++;
                }
            }

            if (Peek == '^')
            {
                Expect('^');
                Expect('^');
                return new RdfNode(RdfNodeKind.Literal, text.ToString(), Datatype: Iri().Value);
            }

            if (Peek == '@')
            {
                _at++;
                var start = _at;
                while (!AtEnd && (char.IsAsciiLetterOrDigit(Peek) || Peek == '-'))
                {
                    _at++;
                }

                return new RdfNode(RdfNodeKind.Literal, text.ToString(), Language: line[start.._at]);
            }

            return new RdfNode(RdfNodeKind.Literal, text.ToString());
        }

        /// <summary>After a backslash: <c>uXXXX</c> or <c>UXXXXXXXX</c>, a Unicode scalar value (no surrogate).</summary>
        private string Uchar()
        {
            var digits = Peek switch
            {
                'u' => 4,
                'U' => 8,
                _ => throw Error("an escape: one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u \\U"),
            };
            _at++;
            if (_at + digits > line.Length || !line.Substring(_at, digits).All(char.IsAsciiHexDigit))
            {
                throw Error($"{digits} hex digits");
            }

            var code = int.Parse(line.AsSpan(_at, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            _at += digits;
            return code is > 0x10FFFF or (>= 0xD800 and <= 0xDFFF)
                ? throw Error($"a Unicode scalar value, not U+{code:X}")
                : char.ConvertFromUtf32(code);
        }

        private void SkipSpace()
        {
            while (!AtEnd && Peek is ' ' or '\t')
            {
                _at++;
            }
        }

        private void Expect(char c)
        {
            if (Peek != c)
            {
                throw Error($"'{c}'");
            }

            _at++;
        }

        private FormatException Error(string expected, int? at = null) =>
            new($"line {number}, column {(at ?? _at) + 1}: expected {expected}: {line}");
    }
}
