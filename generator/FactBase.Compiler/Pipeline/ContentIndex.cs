using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FactBase.Compiler.Emitting;
using FactBase.Compiler.Reading;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// What the generated code is made of, as the build step hands it to the generator in a
/// command-line build: the kinds as their files declare them (and the schema inputs that yield
/// no kind), and every fact's place (<see cref="Placement"/>) with its stamp. Nothing else: no
/// value, no body, no diagnostic (the build step reports those), so the index, and the C# the
/// compiler sees, change only when a kind changes or a fact is added, removed or renamed. The
/// generator parses no content from it; it emits.
/// </summary>
/// <remarks>
/// Text, since the compiler reads its additional files as text. The first line names the format,
/// for whoever opens the file; then tokens, each <c>~</c> (none) or <c>length:text</c> with the
/// length in chars: the engine that wrote it (<see cref="Engine"/>), the stamp, the kind files,
/// the casualties, and the kinds' facts in the plan's order.
/// </remarks>
public static class ContentIndex
{
    public const string FirstLine = "FactBase code index 2";

    /// <summary>
    /// The compiler core that writes and reads indexes and caches: its module's id, which changes with
    /// its code. What another engine wrote may differ from what this one makes, so it is not used.
    /// </summary>
    public static string Engine { get; } = typeof(ContentIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Write(FileResults files, Placement placement)
    {
        var writer = new TextResultWriter();
        writer.Builder.Append(FirstLine).Append('\n');
        writer.Text(Engine);
        writer.Text(placement.Stamp.ToString());
        var kindFiles = new List<FileResult>();
        var casualties = new List<string>();
        foreach (var result in files.Results)
        {
            if (result.IsKindFile)
            {
                kindFiles.Add(result);
            }
            else if (result.IsSchemaInput)
            {
                casualties.Add(result.RelativePath);
            }
        }

        writer.Number(kindFiles.Count);
        foreach (var kindFile in kindFiles)
        {
            writer.Text(kindFile.Path);
            writer.Text(kindFile.RelativePath);
            ResultCodec.WriteKind(writer, kindFile.Kind);
        }

        writer.Number(casualties.Count);
        foreach (var casualty in casualties)
        {
            writer.Text(casualty);
        }

        writer.Number(placement.Kinds.Count);
        foreach (var kind in placement.Kinds)
        {
            writer.Text(kind.Kind);
            writer.Number(kind.Facts.Count);
            foreach (var fact in kind.Facts)
            {
                writer.Text(fact.Id);
                writer.Text(fact.RelativePath);
            }
        }

        return writer.Builder.ToString();
    }

    /// <summary>What an index holds; null, with the reason, when the text is no index this engine wrote (another version, a truncated or edited file).</summary>
    public static IndexedContent? Read(string text, out string? problem)
    {
        problem = null;
        if (!text.StartsWith(FirstLine + "\n", StringComparison.Ordinal))
        {
            problem = "it does not start with '" + FirstLine + "'";
            return null;
        }

        try
        {
            var reader = new TextResultReader(text, FirstLine.Length + 1);
            if (reader.Text() != Engine)
            {
                problem = "another version of FactBase wrote it";
                return null;
            }

            if (!ContentHash.TryParse(reader.Text(), out var stamp))
            {
                throw new FormatException("No stamp.");
            }

            var kindFiles = new List<FileResult>();
            for (var count = reader.Number(); count > 0; count--)
            {
                var path = Required(reader.Text());
                var relativePath = Required(reader.Text());
                var kind = ResultCodec.ReadKind(reader, path);
                kindFiles.Add(new FileResult(path, relativePath, default, ReadOptions.Default, isSchemaInput: true, kind, link: null, default, Common.EquatableArray<Diagnostics.Diagnostic>.Empty));
            }

            var casualties = new List<string>();
            for (var count = reader.Number(); count > 0; count--)
            {
                casualties.Add(Required(reader.Text()));
            }

            var kinds = new List<KindPlacement>();
            for (var count = reader.Number(); count > 0; count--)
            {
                var kind = Required(reader.Text());
                var facts = new List<PlacedFact>();
                for (var remaining = reader.Number(); remaining > 0; remaining--)
                {
                    var id = Required(reader.Text());
                    facts.Add(new PlacedFact(id, Common.Naming.Pascal(id), Required(reader.Text()), -1));
                }

                kinds.Add(new KindPlacement(kind, Common.EquatableArray.ToEquatableArray(facts)));
            }

            if (!reader.AtEnd)
            {
                throw new FormatException("Text follows the last kind.");
            }

            // The schema's problems were the build step's to report, as were the files'.
            var schema = SchemaBuilder.Build(kindFiles, casualties);
            return new IndexedContent(schema with { Diagnostics = Common.EquatableArray<Diagnostics.Diagnostic>.Empty }, new Placement(Common.EquatableArray.ToEquatableArray(kinds), stamp));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            problem = "it is damaged (" + e.Message + ")";
            return null;
        }
    }

    private static string Required(string? text) => text ?? throw new FormatException("A value is missing.");

    private sealed class TextResultWriter : IResultWriter
    {
        public StringBuilder Builder { get; } = new();

        public void Text(string? value)
        {
            if (value is null)
            {
                Builder.Append('~');
                return;
            }

            Builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        public void Number(int value) => Text(value.ToString(CultureInfo.InvariantCulture));

        public void Bytes(byte[]? value) => throw new NotSupportedException("The index holds no records.");
    }

    private sealed class TextResultReader(string text, int position) : IResultReader
    {
        private int _position = position;

        public bool AtEnd => _position == text.Length;

        public string? Text()
        {
            if (_position < text.Length && text[_position] == '~')
            {
                _position++;
                return null;
            }

            var colon = text.IndexOf(':', _position);
            if (colon < 0 || colon - _position > 9)
            {
                throw new FormatException("A token has no length.");
            }

            var length = int.Parse(text.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture);
            if (colon + 1 + length > text.Length)
            {
                throw new FormatException("A token runs past the end.");
            }

            var value = text.Substring(colon + 1, length);
            _position = colon + 1 + length;
            return value;
        }

        public int Number() =>
            int.TryParse(Text(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException("Not a number.");

        public byte[]? Bytes() => throw new NotSupportedException("The index holds no records.");
    }
}

/// <summary>What the build step's index holds: the schema the kind files make, and every fact's place.</summary>
public sealed record IndexedContent(SchemaModel Schema, Placement Placement);
