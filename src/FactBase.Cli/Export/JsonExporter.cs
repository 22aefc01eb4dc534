using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Export;

/// <summary>
/// The knowledge base as one JSON document (docs/cli.md describes it), or as JSON Lines: the same bytes
/// for the same content. Field names as written, absent optional fields left out, refs as ids.
/// </summary>
internal static class JsonExporter
{
    /// <summary>Indented, for the one document; shared with <c>schema</c>, so every JSON the tool prints looks alike.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Readable text: only what JSON requires is escaped (quotes, backslashes, controls).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private static readonly JsonWriterOptions LineOptions = Options with { Indented = false };

    public static void Write(KnowledgeBaseModel model, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartArray("kinds");
        foreach (var kind in model.Kinds)
        {
            WriteKind(json, kind);
        }

        json.WriteEndArray();
        json.WriteStartArray("facts");
        foreach (var fact in model.Facts)
        {
            WriteFact(json, fact);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// JSON Lines (https://jsonlines.org): one fact a line, each the object the document's
    /// <c>facts</c> array holds, written as it goes, so a large knowledge base streams.
    /// </summary>
    public static void WriteLines(KnowledgeBaseModel model, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, LineOptions);
        foreach (var fact in model.Facts)
        {
            WriteFact(json, fact);
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    private static void WriteKind(Utf8JsonWriter json, KindDefinition kind)
    {
        json.WriteStartObject();
        json.WriteString("id", kind.Id);
        json.WriteString("plural", kind.Plural);
        if (kind.Extends is not null)
        {
            json.WriteString("extends", kind.Extends);
        }

        json.WriteStartObject("fields");
        foreach (var field in kind.Fields)
        {
            json.WriteString(field.Name, field.Display);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter json, FactModel fact)
    {
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        json.WriteString("kind", fact.Kind);
        json.WriteString("path", fact.RelativePath);
        json.WriteStartObject("fields");
        foreach (var field in fact.Fields)
        {
            json.WritePropertyName(field.Name);
            WriteValue(json, field.Value);
        }

        json.WriteEndObject();
        json.WriteStartArray("sources");
        foreach (var citation in fact.Sources)
        {
            json.WriteStartObject();
            json.WriteString("source", citation.Source.Id);
            WriteOptional(json, "quote", citation.Quote);
            json.WriteString("status", ExportNames.Status(citation.Status));
            WriteOptional(json, "by", citation.By?.Id);
            WriteOptional(json, "note", citation.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("summary", fact.Body.Summary);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, Value value)
    {
        switch (value)
        {
            case StringValue s: json.WriteStringValue(s.Text); break;
            case TextValue t: json.WriteStringValue(t.Markdown); break;
            case IntValue i: json.WriteNumberValue(i.Number); break;
            case DecimalValue d: json.WriteNumberValue(d.Number); break;
            case BoolValue b: json.WriteBooleanValue(b.Flag); break;
            case DateValue d: json.WriteStringValue(d.Text); break;
            case UrlValue u: json.WriteStringValue(u.Url); break;
            case RefValue r: json.WriteStringValue(r.Id); break;
            case EnumValue e: json.WriteStringValue(e.Member); break;
            case MoneyValue m:
                json.WriteStartObject();
                json.WriteNumber("amount", m.Amount);
                json.WriteString("currency", m.Currency);
                json.WriteString("qualifier", ExportNames.Qualifier(m.Qualifier));
                json.WriteEndObject();
                break;
            case QuantityValue q:
                json.WriteStartObject();
                json.WriteNumber("value", q.Number);
                json.WriteString("qualifier", ExportNames.Qualifier(q.Qualifier));
                if (q.Unit is null)
                {
                    json.WriteNull("unit");
                }
                else
                {
                    json.WriteString("unit", q.Unit);
                }

                json.WriteEndObject();
                break;
            case ListValue list:
                json.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value type.");
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
