using System;
using System.Linq;
using CsCheck;
using FactBase.Compiler.Common;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Pipeline;

namespace FactBase.Compiler.Tests;

public class EmitterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\" \\ \"\"\"", "\"say \\\"hi\\\" \\\\ \\\"\\\"\\\"\"")]
    [InlineData("a\nb\r\tc", "\"a\\nb\\r\\tc\"")]
    [InlineData("\u2028\u2029\u0085\u202E\0", "\"\\u2028\\u2029\\u0085\\u202E\\u0000\"")]
    [InlineData("{} */ #line 1 é 😀 مرحبا", "\"{} */ #line 1 é 😀 مرحبا\"")]
    public void Escapes_what_could_break_a_literal_and_keeps_text_readable(string value, string literal) =>
        Assert.Equal(literal, CSharpLiteral.String(value));

    [Fact]
    public void Escapes_a_lone_surrogate_that_no_encoding_could_write() =>
        Assert.Equal("\"lone \\uD800 surrogate\"", CSharpLiteral.String("lone " + (char)0xD800 + " surrogate"));

    [Fact]
    public void Keeps_xml_docs_well_formed_whatever_the_text()
    {
        var text = new CodeWriter().Doc("summary", "a </summary> & <!-- b\n\u0001#line 5\u202E").ToString();

        Assert.Equal("/// <summary>\n/// a &lt;/summary&gt; &amp; &lt;!-- b\n/// #line 5\n/// </summary>\n", text);
    }

    [Fact]
    public void Writes_xml_docs_as_the_escaped_trimmed_nonblank_lines_of_the_text()
    {
        // The docs are written into the file's buffer, trimmed there; this is the line-by-line
        // definition they must keep, on text full of what escapes, drops, breaks or trims.
        static string Reference(string text, int indent)
        {
            var pad = new string(' ', indent);
            var lines = text.Split(['\n', '\r', '\u0085', '\u2028', '\u2029'])
                .Select(raw => string.Concat(raw.Select(Escaped)).Trim())
                .Where(line => line.Length > 0)
                .Select(line => pad + "/// " + line)
                .DefaultIfEmpty(pad + "///");
            return string.Concat(new[] { pad + "/// <remarks>" }.Concat(lines).Append(pad + "/// </remarks>").Select(line => line + "\n"));
        }

        static string Escaped(char c) => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\t' => " ",
            '\u0001' or '\u202E' or '\u007F' or '\u0085' => string.Empty,
            _ => c.ToString(),
        };

        var piece = Gen.OneOf("a", "word", " ", "  ", "\t", "\u00a0", "\u2003", "\n", "\r\n", "\u2028", "\u0085", "&", "<", ">", "\u0001", "\u202E", "\u007F", "é", "#line 5");
        Gen.Select(piece.Array[0, 30], Gen.Int[0, 3]).Sample((pieces, level) =>
        {
            var text = string.Concat(pieces);
            var writer = new CodeWriter();
            for (var i = 0; i < level; i++)
            {
                writer.Open("class C" + i);
            }

            var written = writer.Doc("remarks", text).ToString();
            var opened = string.Concat(Enumerable.Range(0, level).Select(i => $"{new string(' ', i * 4)}class C{i}\n{new string(' ', i * 4)}{{\n"));
            Assert.Equal(opened + Reference(text, level * 4), written);
        }, iter: 3_000);
    }

    [Theory]
    [InlineData("based-in", "BasedIn")]
    [InlineData("2018-report", "_2018Report")]
    [InlineData("class", "Class")]
    [InlineData("a", "A")]
    public void Makes_csharp_names_from_kebab_case(string kebab, string name) =>
        Assert.Equal(name, Naming.Pascal(kebab));

    [Theory]
    [InlineData("My.App", "My.App")]
    [InlineData("my-app.2nd", "my_app._2nd")]
    [InlineData("class.x", "@class.x")]
    [InlineData("", "FactBase.Content")]
    public void Makes_any_namespace_property_a_valid_namespace(string written, string ns) =>
        Assert.Equal(ns, Namespaces.Sanitize(written));

    [Fact]
    public void Emits_a_file_per_kind_a_file_per_chunk_of_facts_and_the_knowledge_base_class()
    {
        var compiled = ContentPipeline.Compile(TestContent.Files(("content/texas.md", TestContent.Texas)), CompileOptions.Default);

        var files = CSharpEmitter.Emit(compiled, "Test").Select(f => f.HintName);

        Assert.Equal(["Organization.g.cs", "Place.g.cs", "Places.Chunk0.g.cs", "Source.g.cs", "Kb.g.cs"], files);
    }
}
