using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactBase.Cli.Site.Graph;
using FactBase.Cli.Site.Html;
using FactBase.Compiler.Model;
using FactBase.Rendering;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// The two large files, loaded only by the pages that use them: the whole-base graph and the search
/// index. Each is a script that hands its data to the site's scripts (<c>FactBaseData</c>), since a
/// page opened from <c>file://</c> may load a script beside it but not fetch a JSON file.
/// </summary>
internal static class SiteData
{
    public const string GraphFile = "graph-data.js";
    public const string SearchFile = "search-index.js";

    // The files are scripts, not HTML: non-ASCII text is kept as it is, which halves their size.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Each thread's buffer and writer for search entries, reused from one fact to the next rather than made 10,000 times.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _entryBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _entryWriter;

    public static SitePage Graph(RelationGraph graph)
    {
        var places = ForceLayout.Lay(graph);
        return Script(GraphFile, "graph", json => GraphData.Write(json, graph, places));
    }

    /// <summary>
    /// The facts in columns (id, label, kind at one index), and for each what search looks in
    /// (<see cref="SearchEntry"/>, one a fact in the order of the facts). The entries are JSON
    /// already: they are copied once into a file of the exact size, not passed again through a JSON
    /// writer whose buffer doubles, and copied again, while the other cores have nothing left to make.
    /// </summary>
    public static SitePage Search(SiteContext context, IReadOnlyList<byte[]> entries)
    {
        var columns = new ArrayBufferWriter<byte>(1 << 16);
        using (var json = new Utf8JsonWriter(columns, Json))
        {
            json.WriteStartObject();
            GraphData.Strings(json, "kinds", context.Graph.Kinds);
            GraphData.Strings(json, "ids", context.Graph.Ids);
            GraphData.Strings(json, "labels", context.Graph.Labels);
            GraphData.Numbers(json, "nodeKinds", context.Graph.NodeKinds);
            json.WritePropertyName("entries");
        }

        var start = ScriptStart("search");
        var open = "["u8;
        var comma = ","u8;
        var close = "]}"u8;
        var commas = Math.Max(entries.Count - 1, 0);
        var length = start.Length + columns.WrittenCount + open.Length + (commas * comma.Length) + close.Length + ScriptEnd.Length;
        foreach (var entry in entries)
        {
            length += entry.Length;
        }

        var bytes = new byte[length];
        var rest = bytes.AsSpan();
        Append(ref rest, start);
        Append(ref rest, columns.WrittenSpan);
        Append(ref rest, open);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                Append(ref rest, comma);
            }

            Append(ref rest, entries[i]);
        }

        Append(ref rest, close);
        Append(ref rest, ScriptEnd);
        Debug.Assert(rest.IsEmpty, "The search index's length was counted as it is written.");
        return new SitePage(SearchFile, bytes);
    }

    /// <summary>
    /// What search looks in for a fact, as JSON: its other text fields, its body's text (from the
    /// parse that rendered its page) and its quotes (null where a citation has none, so that a
    /// quote's place is its citation's), whitespace collapsed. Written with its page, on its core.
    /// </summary>
    public static byte[] SearchEntry(FactModel fact, string bodyText)
    {
        var buffer = _entryBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var json = _entryWriter ??= new Utf8JsonWriter(buffer, Json);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("fields", MarkdownRenderer.CollapseWhitespace(string.Join(" · ", fact.Fields.Where(f => f.Name is not ("name" or "title")).SelectMany(f => Texts(f.Value)))));
        json.WriteString("body", MarkdownRenderer.CollapseWhitespace(bodyText));
        json.WriteStartArray("quotes");
        foreach (var citation in fact.Sources)
        {
            json.WriteStringValue(citation.Quote is null ? null : MarkdownRenderer.CollapseWhitespace(citation.Quote));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();

        return buffer.WrittenSpan.ToArray();
    }

    private static IEnumerable<string> Texts(Value value) => value switch
    {
        StringValue s => [s.Text],
        TextValue t => [t.Markdown],
        ListValue list => list.Items.SelectMany(Texts),
        _ => [],
    };

    private static ReadOnlySpan<byte> ScriptEnd => ";\n"u8;

    private static SitePage Script(string path, string name, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        buffer.Write(ScriptStart(name));
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            write(json);
        }

        buffer.Write(ScriptEnd);
        return new SitePage(path, buffer.WrittenSpan.ToArray());
    }

    /// <summary>What a data file begins with: the script that hands its data to the site's scripts, up to the data.</summary>
    private static byte[] ScriptStart(string name) => Encoding.UTF8.GetBytes($"window.FactBaseData = window.FactBaseData || {{}};\nwindow.FactBaseData.{name} = ");

    private static void Append(ref Span<byte> rest, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(rest);
        rest = rest[bytes.Length..];
    }
}
