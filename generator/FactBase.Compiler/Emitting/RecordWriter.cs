using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Emitting;

/// <summary>
/// A fact as a compact record, the form the runtime's <c>FactReader</c> reads: tokens <c>~</c>
/// (absent) or <c>length:text</c> (length in UTF-8 bytes), in the order of the kind's generated
/// reader: id, path, every property of the class (inherited first), citations, body, backlinks.
/// The record is a length-prefixed token itself, so records can follow one another. Everything but
/// the backlinks depends on the fact's file and the schema alone, so the build step keeps that
/// part (<see cref="Prefix"/>) per file, and the records resource adds the backlinks the link found.
/// </summary>
public static class RecordWriter
{
    /// <summary>The record's tokens up to its backlinks, as UTF-8.</summary>
    public static byte[] Prefix(KindPlan kind, FactModel fact)
    {
        var tokens = new Tokens();
        WritePrefix(tokens, kind, fact);
        using var bytes = new MemoryStream(RecordLength(tokens));
        WriteTokens(bytes, tokens);
        return bytes.ToArray();
    }

    /// <summary>Writes the whole record, <c>length:</c> then <paramref name="prefix"/> and the backlinks' tokens.</summary>
    public static void Write(Stream output, byte[] prefix, EquatableArray<BacklinkModel> backlinks)
    {
        var tokens = new Tokens();
        Count(tokens, backlinks.Count);
        foreach (var backlink in backlinks)
        {
            Token(tokens, backlink.FromId);
            Token(tokens, backlink.Field);
        }

        WriteAscii(output, prefix.Length + RecordLength(tokens));
        output.WriteByte((byte)':');
        output.Write(prefix, 0, prefix.Length);
        WriteTokens(output, tokens);
    }

    private static void WriteTokens(Stream bytes, Tokens tokens)
    {
        var buffer = new byte[256];
        foreach (var token in tokens)
        {
            if (token is null)
            {
                bytes.WriteByte((byte)'~');
                continue;
            }

            var length = Utf8Length(token);
            WriteAscii(bytes, length);
            bytes.WriteByte((byte)':');
            if (buffer.Length < length)
            {
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            }

            bytes.Write(buffer, 0, Encoding.UTF8.GetBytes(token, 0, token.Length, buffer, 0));
        }
    }

    private static int RecordLength(Tokens tokens)
    {
        var length = 0;
        foreach (var token in tokens)
        {
            length += token is null ? 1 : Digits(Utf8Length(token)) + 1 + Utf8Length(token);
        }

        return length;
    }

    private static void WriteAscii(Stream bytes, int number)
    {
        foreach (var digit in number.ToString(CultureInfo.InvariantCulture))
        {
            bytes.WriteByte((byte)digit);
        }
    }

    private static void WritePrefix(Tokens record, KindPlan kind, FactModel fact)
    {
        Token(record, fact.Id);
        Token(record, fact.RelativePath);
        var shape = RecordShape.Of(kind);
        for (var i = 0; i < shape.Fields.Length; i++)
        {
            var field = shape.Fields[i];
            WriteValue(record, ValueOf(fact, field.Name), field.Type, shape.EnumIndexes[i]);
        }

        Count(record, fact.Sources.Count);
        foreach (var citation in fact.Sources)
        {
            Token(record, citation.Source.Id);
            Token(record, citation.Quote);
            Count(record, (int)citation.Status);
            Token(record, citation.By?.Id);
            Token(record, citation.Note);
        }

        WriteBody(record, fact);
    }

    /// <summary>Lone surrogates cannot be UTF-8: they become U+FFFD, which the reader reports as invalid text anyway.</summary>
    public static string Sanitize(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The fact's value of the field, or null when the front matter left it out.</summary>
    private static Value? ValueOf(FactModel fact, string field)
    {
        foreach (var value in fact.Fields)
        {
            if (value.Name == field)
            {
                return value.Value;
            }
        }

        return null;
    }

    private static void WriteValue(Tokens record, Value? value, FieldType type, Dictionary<string, int>? enumIndexes)
    {
        switch (value, type)
        {
            case (null, _):
                record.Add(null);
                break;
            case (ListValue list, ListFieldType listType):
                Count(record, list.Items.Count);
                foreach (var item in list.Items)
                {
                    WriteValue(record, item, listType.Item, enumIndexes);
                }

                break;
            case (StringValue s, _):
                Token(record, s.Text);
                break;
            case (TextValue t, _):
                Token(record, t.Markdown);
                break;
            case (IntValue i, _):
                Count(record, i.Number);
                break;
            case (DecimalValue d, _):
                Token(record, d.Number.ToString(CultureInfo.InvariantCulture));
                break;
            case (BoolValue b, _):
                Token(record, b.Flag ? "1" : "0");
                break;
            case (DateValue d, _):
                Token(record, d.Text);
                break;
            case (MoneyValue m, _):
                Token(record, m.Amount.ToString(CultureInfo.InvariantCulture));
                Token(record, m.Currency);
                Count(record, (int)m.Qualifier);
                break;
            case (QuantityValue q, _):
                Token(record, q.Number.ToString(CultureInfo.InvariantCulture));
                Count(record, (int)q.Qualifier);
                Token(record, q.Unit);
                break;
            case (UrlValue u, _):
                Token(record, u.Url);
                break;
            case (RefValue r, RefFieldType):
                Token(record, r.Id);
                break;
            case (EnumValue e, EnumFieldType enumType):
                Count(record, RecordShape.EnumIndex(enumType, enumIndexes, e.Member));
                break;
            default:
                // A value that does not fit its type never passes the checker; should one, the property keeps its default.
                record.Add(null);
                break;
        }
    }

    /// <summary>The body as written: the runtime renders it on first use, with the renderer the build checked it with.</summary>
    private static void WriteBody(Tokens record, FactModel fact) =>
        Token(record, fact.Body.Length == 0 ? null : fact.Body.Markdown);

    private static void Count(Tokens record, int number) =>
        record.Add(number >= 0 && number < SmallNumbers.Length ? SmallNumbers[number] : number.ToString(CultureInfo.InvariantCulture));

    // Counts, enum indexes and statuses: small numbers, written once per fact or more.
    private static readonly string[] SmallNumbers = Enumerable.Range(0, 256).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static void Token(Tokens record, string? text) => record.Add(text is null ? null : Sanitize(text));

    private static int Digits(int number) => number < 10 ? 1 : number < 100 ? 2 : number < 1000 ? 3 : number < 10000 ? 4 : number.ToString(CultureInfo.InvariantCulture).Length;

    /// <summary>A record's tokens in order, null for '~' (absent).</summary>
    private sealed class Tokens : List<string?>
    {
    }

    private static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>The index of <paramref name="item"/> in <paramref name="list"/>, or -1.</summary>
    internal static int IndexOf(this IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return -1;
    }
}
