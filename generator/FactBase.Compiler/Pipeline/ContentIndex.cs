using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// The build step's compact summary of the content for the generator: every file's result, without
/// the records (<see cref="ResultCodec"/>), as text, since the compiler reads its additional files as
/// text. In a build, the generator works from it alone and parses nothing; in the IDE, it serves as a
/// cache of results (<see cref="ResultCache"/>), and the generator parses only the files whose content
/// differs from it.
/// </summary>
/// <remarks>
/// The first line names the format, for whoever opens the file; then tokens, each <c>~</c> (none) or
/// <c>length:text</c> with the length in chars: the engine that wrote it (<see cref="Engine"/>), the
/// read options, the number of results, and the results.
/// </remarks>
public static class ContentIndex
{
    public const string FirstLine = "FactBase content index 1";

    /// <summary>
    /// The compiler core that writes and reads indexes and caches: its module's id, which changes with
    /// its code. A result written by another engine may differ from what this one makes, so it is not reused.
    /// </summary>
    public static string Engine { get; } = typeof(ContentIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Write(IReadOnlyList<FileResult> results, ReadOptions options)
    {
        var writer = new TextResultWriter();
        writer.Builder.Append(FirstLine).Append('\n');
        writer.Text(Engine);
        writer.Number(options.MaxFileSize);
        writer.Number(options.MaxDepth);
        writer.Number(results.Count);
        foreach (var result in results)
        {
            ResultCodec.Write(writer, result, withRecord: false);
        }

        return writer.Builder.ToString();
    }

    /// <summary>
    /// The results an index holds, each at its path now (<paramref name="pathOf"/>, from its relative
    /// path), with the options they were read with; null, with the reason, when the text is no index
    /// this engine wrote (another version, a truncated or edited file).
    /// </summary>
    public static IReadOnlyList<FileResult>? Read(string text, Func<string, string>? pathOf, out ReadOptions? options, out string? problem)
    {
        options = null;
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

            options = new ReadOptions(reader.Number(), reader.Number());
            var count = reader.Number();
            var results = new List<FileResult>(Math.Min(Math.Max(count, 0), 1 << 20));
            for (var i = 0; i < count; i++)
            {
                results.Add(ResultCodec.Read(reader, pathOf, options, withRecord: false));
            }

            if (!reader.AtEnd)
            {
                throw new FormatException("Text follows the last result.");
            }

            return results;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            options = null;
            problem = "it is damaged (" + e.Message + ")";
            return null;
        }
    }

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
