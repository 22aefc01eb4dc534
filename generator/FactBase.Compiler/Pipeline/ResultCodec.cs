using System;
using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Model;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Pipeline;

/// <summary>Where the codec writes a result's parts: a text form (<see cref="ContentIndex"/>) or a binary one (<see cref="PersistentCache"/>).</summary>
internal interface IResultWriter
{
    void Text(string? value);

    void Number(int value);

    void Bytes(byte[]? value);
}

/// <summary>Reads what an <see cref="IResultWriter"/> wrote, in the same order; throws <see cref="FormatException"/> on anything else.</summary>
internal interface IResultReader
{
    string? Text();

    int Number();

    byte[]? Bytes();
}

/// <summary>
/// A file's result written out and read back, for the index and the persistent cache alike: one
/// codec, so the two cannot disagree on what a result holds. A result can be read back at the
/// file's path now rather than the one written (the persistent cache outlives the checkout it was
/// written in), which every part of the result that names the file then takes: its diagnostics,
/// its kind, its fact's summary.
/// </summary>
internal static class ResultCodec
{
    public static void Write(IResultWriter writer, FileResult result, bool withRecord)
    {
        writer.Text(result.Path);
        writer.Text(result.RelativePath);
        writer.Text(result.Hash.ToString());
        writer.Number(result.IsSchemaInput ? 1 : 0);
        writer.Text(result.SchemaKey.ToString());
        WriteList(writer, result.Diagnostics, WriteDiagnostic);
        if (result.IsKindFile)
        {
            writer.Number(0);
            WriteKind(writer, result.Kind);
        }
        else
        {
            writer.Number(1);
            WriteSummary(writer, result.Link!.Fact);
            writer.Text(result.Link.Casualty);
        }

        if (withRecord)
        {
            writer.Bytes(result.Record);
        }
    }

    /// <param name="reader">The reader, at a result.</param>
    /// <param name="pathOf">The file's path now, from its relative path; null to take the path written.</param>
    /// <param name="options">The options every result of the file was read with.</param>
    /// <param name="withRecord">Whether the writer wrote the record.</param>
    public static FileResult Read(IResultReader reader, Func<string, string>? pathOf, ReadOptions options, bool withRecord)
    {
        var written = Required(reader.Text());
        var relativePath = Required(reader.Text());
        var path = pathOf?.Invoke(relativePath) ?? written;
        var hash = Hash(reader.Text());
        var isSchemaInput = reader.Number() == 1;
        var schemaKey = Hash(reader.Text());
        var diagnostics = ReadList(reader, r => ReadDiagnostic(r, path));
        KindDefinition? kind = null;
        LinkEntry? link = null;
        switch (reader.Number())
        {
            case 0:
                kind = ReadKind(reader, path);
                break;
            case 1:
                link = new LinkEntry(ReadSummary(reader, path, relativePath), reader.Text());
                break;
            default:
                throw new FormatException("A result is neither a kind file's nor a checked file's.");
        }

        var record = withRecord ? reader.Bytes() : null;
        return new FileResult(path, relativePath, hash, options, isSchemaInput, kind, link, schemaKey, diagnostics, fact: null, record);
    }

    private static void WriteDiagnostic(IResultWriter writer, Diagnostic diagnostic)
    {
        writer.Text(diagnostic.Id);
        writer.Number((int)diagnostic.Severity);
        writer.Text(diagnostic.Message);
        WriteSpan(writer, diagnostic.Span);
    }

    private static Diagnostic ReadDiagnostic(IResultReader reader, string path) =>
        new(Required(reader.Text()), (DiagnosticSeverity)reader.Number(), Required(reader.Text()), path, ReadSpan(reader));

    internal static void WriteKind(IResultWriter writer, KindDefinition? kind)
    {
        writer.Number(kind is null ? 0 : 1);
        if (kind is null)
        {
            return;
        }

        writer.Text(kind.Id);
        writer.Text(kind.Plural);
        writer.Text(kind.Extends);
        writer.Text(kind.Doc);
        WriteSpan(writer, kind.Span);
        WriteSpan(writer, kind.ExtendsSpan);
        WriteList(writer, kind.BrokenFields, (w, field) => w.Text(field));
        WriteList(writer, kind.Fields, (w, field) =>
        {
            w.Text(field.Name);
            WriteType(w, field.Type);
            w.Number(field.Optional ? 1 : 0);
            w.Text(field.Doc);
            WriteSpan(w, field.Span);
        });
    }

    internal static KindDefinition? ReadKind(IResultReader reader, string path)
    {
        if (reader.Number() == 0)
        {
            return null;
        }

        var id = Required(reader.Text());
        var plural = Required(reader.Text());
        var extends = reader.Text();
        var doc = Required(reader.Text());
        var span = ReadSpan(reader);
        var extendsSpan = ReadSpan(reader);
        var broken = ReadList(reader, r => Required(r.Text()));
        var fields = ReadList(reader, r => new FieldDefinition(Required(r.Text()), ReadType(r), r.Number() == 1, r.Text(), ReadSpan(r)));
        return new KindDefinition(id, plural, extends, doc, fields, path, span, extendsSpan, broken);
    }

    private static void WriteType(IResultWriter writer, FieldType type)
    {
        switch (type)
        {
            case ScalarFieldType scalar:
                writer.Text("scalar");
                writer.Number((int)scalar.Scalar);
                break;
            case RefFieldType reference:
                writer.Text("ref");
                writer.Text(reference.Kind);
                break;
            case ListFieldType list:
                writer.Text("list");
                WriteType(writer, list.Item);
                break;
            case EnumFieldType enumType:
                writer.Text("enum");
                WriteList(writer, enumType.Members, (w, member) => w.Text(member));
                break;
            default:
                throw new InvalidOperationException("A field type the codec does not know: " + type.GetType().Name);
        }
    }

    private static FieldType ReadType(IResultReader reader) => reader.Text() switch
    {
        "scalar" => new ScalarFieldType((ScalarType)reader.Number()),
        "ref" => new RefFieldType(Required(reader.Text())),
        "list" => new ListFieldType(ReadType(reader)),
        "enum" => new EnumFieldType(ReadList(reader, r => Required(r.Text()))),
        var other => throw new FormatException("An unknown field type: " + other),
    };

    private static void WriteSummary(IResultWriter writer, FactSummary? fact)
    {
        writer.Number(fact is null ? 0 : 1);
        if (fact is null)
        {
            return;
        }

        writer.Text(fact.Id);
        writer.Text(fact.Kind);
        WriteSpan(writer, fact.IdSpan);
        WriteList(writer, fact.Refs, (w, reference) =>
        {
            w.Text(reference.Field);
            w.Text(reference.TargetId);
            w.Text(reference.WantedKind);
            WriteSpan(w, reference.Span);
        });
        WriteList(writer, fact.Citations, (w, citation) =>
        {
            WriteRef(w, citation.Source);
            w.Number(citation.By is null ? 0 : 1);
            if (citation.By is { } by)
            {
                WriteRef(w, by);
            }
        });
    }

    private static FactSummary? ReadSummary(IResultReader reader, string path, string relativePath)
    {
        if (reader.Number() == 0)
        {
            return null;
        }

        var id = Required(reader.Text());
        var kind = Required(reader.Text());
        var idSpan = ReadSpan(reader);
        var refs = ReadList(reader, r => new RefSummary(Required(r.Text()), Required(r.Text()), Required(r.Text()), ReadSpan(r)));
        var citations = ReadList(reader, r => new CitationRefs(ReadRef(r), r.Number() == 1 ? ReadRef(r) : null));
        return new FactSummary(id, kind, path, relativePath, idSpan, refs, citations);
    }

    private static void WriteRef(IResultWriter writer, RefValue reference)
    {
        writer.Text(reference.Id);
        WriteSpan(writer, reference.Span);
    }

    private static RefValue ReadRef(IResultReader reader) => new(Required(reader.Text()), ReadSpan(reader));

    private static void WriteSpan(IResultWriter writer, SourceSpan span)
    {
        writer.Number(span.Start);
        writer.Number(span.Length);
        writer.Number(span.Line);
        writer.Number(span.Column);
        writer.Number(span.EndLine);
        writer.Number(span.EndColumn);
    }

    private static SourceSpan ReadSpan(IResultReader reader) =>
        new(reader.Number(), reader.Number(), reader.Number(), reader.Number(), reader.Number(), reader.Number());

    private static void WriteList<T>(IResultWriter writer, EquatableArray<T> items, Action<IResultWriter, T> write)
        where T : IEquatable<T>
    {
        writer.Number(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    private static EquatableArray<T> ReadList<T>(IResultReader reader, Func<IResultReader, T> read)
        where T : IEquatable<T>
    {
        var count = reader.Number();
        if (count < 0)
        {
            throw new FormatException("A negative count.");
        }

        if (count == 0)
        {
            return EquatableArray<T>.Empty;
        }

        var items = new List<T>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            items.Add(read(reader));
        }

        return items.ToEquatableArray();
    }

    private static ContentHash Hash(string? text) =>
        ContentHash.TryParse(text, out var hash) ? hash : throw new FormatException("Not a content hash: " + text);

    private static string Required(string? text) => text ?? throw new FormatException("A value is missing.");
}
