using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactBase.Compiler.Reading;

/// <summary>
/// Reads front matter from YamlDotNet's event parser into <see cref="YamlNode"/>s, with an
/// explicit stack rather than the representation model: the model recurses once per level
/// (10,000-deep nesting would overflow the compiler's stack) and expands aliases (a billion
/// laughs). Here anchors, aliases, tags, merge keys and second documents are refused at
/// the first sight, and the depth limit stops reading before any work is wasted.
/// </summary>
public sealed class FrontMatterReader
{
    private static readonly Regex YamlDotNetPositionPrefix = new(@"^\(.*?\) - \(.*?\): ", RegexOptions.CultureInvariant);

    private readonly string _path;
    private readonly string _text;
    private readonly FrontMatterSplit _split;
    private readonly ReadOptions _options;
    private readonly List<Diagnostic> _diagnostics;

    private FrontMatterReader(string path, string text, FrontMatterSplit split, ReadOptions options, List<Diagnostic> diagnostics)
    {
        _path = path;
        _text = text;
        _split = split;
        _options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>The front matter as a mapping, or null after reporting why it cannot be read.</summary>
    public static YamlMapping? Read(string path, string text, FrontMatterSplit split, ReadOptions options, List<Diagnostic> diagnostics)
    {
        var reader = new FrontMatterReader(path, text, split, options, diagnostics);
        try
        {
            return reader.ReadDocument(new Parser(new SliceReader(text, split.YamlStart, split.YamlLength)));
        }
        catch (YamlException e)
        {
            var yaml = text.Substring(split.YamlStart, split.YamlLength);
            var offset = (int)Math.Min(e.Start.Index, yaml.Length);
            var message = YamlErrorAdvice.Advise(YamlDotNetPositionPrefix.Replace(e.Message, string.Empty), yaml, split.YamlFirstLine, ref offset);
            var span = offset == e.Start.Index ? reader.SpanOf(e.Start, e.End) : TextPositions.SpanAt(text, split.YamlStart + offset);
            diagnostics.Add(DiagnosticDescriptors.YamlSyntaxError.At(path, span, message));
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet should only throw YamlException; whatever else escapes is still the content's fault, never the build's.
            diagnostics.Add(DiagnosticDescriptors.YamlSyntaxError.At(path, reader.SpanOf(default, default), e.Message));
            return null;
        }
    }

    private YamlMapping? ReadDocument(IParser parser)
    {
        YamlNode? root = null;
        var documents = 0;
        var stack = new Stack<Frame>();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case DocumentStart start:
                    if (++documents > 1)
                    {
                        return Refuse("Second documents", "the front matter holds one YAML document; move the rest into this one", start);
                    }

                    break;
                case AnchorAlias alias:
                    return Refuse("Aliases", $"write the value out instead of '*{alias.Value}'", alias);
                case NodeEvent anchored when !anchored.Anchor.IsEmpty:
                    return Refuse("Anchors", $"remove '&{anchored.Anchor}' and write each value out", anchored);
                case NodeEvent tagged when !tagged.Tag.IsEmpty:
                    return Refuse("Tags", $"remove '{WrittenAt(tagged.Start)}': values are typed by the kind's schema", tagged);
                case MappingStart or SequenceStart:
                    if (stack.Count >= _options.MaxDepth)
                    {
                        _diagnostics.Add(DiagnosticDescriptors.NestingTooDeep.At(_path, SpanOf(current.Start, current.End), _options.MaxDepth));
                        return null;
                    }

                    stack.Push(new Frame(current is MappingStart, current.Start));
                    break;
                case MappingEnd or SequenceEnd:
                    var frame = stack.Pop();
                    var span = SpanOf(frame.Start, current.End);
                    YamlNode done = frame.IsMapping
                        ? new YamlMapping(frame.Entries.ToEquatableArray(), span)
                        : new YamlSequence(frame.Items.ToEquatableArray(), span);
                    if (!Add(stack, done, ref root))
                    {
                        return null;
                    }

                    break;
                case Scalar scalar:
                    var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain && scalar.Value.Length == 0, SpanOf(scalar.Start, scalar.End));
                    if (!Add(stack, node, ref root))
                    {
                        return null;
                    }

                    break;
            }
        }

        return root switch
        {
            null => new YamlMapping(EquatableArray<YamlEntry>.Empty, SpanOf(default, default)),
            YamlMapping mapping => mapping,
            YamlScalar { IsPlainEmpty: true } => new YamlMapping(EquatableArray<YamlEntry>.Empty, root.Span),
            _ => NotAMapping(root),
        };
    }

    private YamlMapping? NotAMapping(YamlNode root)
    {
        _diagnostics.Add(DiagnosticDescriptors.FrontMatterNotMapping.At(_path, root.Span, root.Description));
        return null;
    }

    private bool Add(Stack<Frame> stack, YamlNode node, ref YamlNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = stack.Peek();
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            return true;
        }

        if (parent.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                _diagnostics.Add(DiagnosticDescriptors.YamlSyntaxError.At(_path, node.Span, $"a key must be a plain name, not {node.Description}"));
                return false;
            }

            if (key.Text == "<<")
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedYaml.At(_path, key.Span, "Merge keys", "write the merged fields out"));
                return false;
            }

            if (parent.FirstLineOf(key) is { } firstLine)
            {
                // Reported, and the first value kept everywhere: the second is dropped with its key.
                _diagnostics.Add(DiagnosticDescriptors.DuplicateKey.At(_path, key.Span, key.Text, firstLine));
                parent.DropNextValue = true;
            }

            parent.PendingKey = key;
            return true;
        }

        if (!parent.DropNextValue)
        {
            parent.Entries.Add(new YamlEntry(parent.PendingKey, node));
        }

        parent.DropNextValue = false;
        parent.PendingKey = null;
        return true;
    }

    private YamlMapping? Refuse(string feature, string fix, ParsingEvent at)
    {
        _diagnostics.Add(DiagnosticDescriptors.UnsupportedYaml.At(_path, SpanOf(at.Start, at.End), feature, fix));
        return null;
    }

    /// <summary>The token as written at a mark (a tag such as '!!str', not its expansion).</summary>
    private string WrittenAt(Mark mark)
    {
        var start = _split.YamlStart + (int)Math.Min(mark.Index, _split.YamlLength);
        var end = start;
        while (end < _split.YamlStart + _split.YamlLength && end - start < 100 && !char.IsWhiteSpace(_text[end]))
        {
            end++;
        }

        return _text.Substring(start, end - start);
    }

    private SourceSpan SpanOf(Mark start, Mark end)
    {
        // YamlDotNet counts from line 1, column 1 of the front matter; the file adds the opening fence.
        var startLine = Math.Max(1, (int)start.Line);
        var endLine = Math.Max(startLine, (int)end.Line);
        var startOffset = (int)Math.Min(start.Index, _split.YamlLength);
        var endOffset = (int)Math.Min(Math.Max(end.Index, start.Index), _split.YamlLength);
        return new SourceSpan(
            _split.YamlStart + startOffset,
            endOffset - startOffset,
            _split.YamlFirstLine - 1 + startLine,
            Math.Max(1, (int)start.Column),
            _split.YamlFirstLine - 1 + endLine,
            Math.Max(1, (int)end.Column));
    }

    /// <summary>A mapping or a sequence being read; it allocates only the lists it fills (a file has several of each).</summary>
    private sealed class Frame(bool isMapping, Mark start)
    {
        // Front matter mappings hold a dozen keys or so: a scan of the entries finds a duplicate key
        // faster than a dictionary is built. A larger mapping gets the dictionary, so that no content
        // makes the scan quadratic.
        private const int ScannedKeys = 16;

        private List<YamlEntry>? _entries;
        private List<YamlNode>? _items;
        private Dictionary<string, int>? _keyLines;

        public bool IsMapping { get; } = isMapping;

        public Mark Start { get; } = start;

        public List<YamlEntry> Entries => _entries ??= [];

        public List<YamlNode> Items => _items ??= [];

        public YamlScalar? PendingKey { get; set; }

        public bool DropNextValue { get; set; }

        /// <summary>The line of the first key written as <paramref name="key"/>, or null; remembers this key when it is new.</summary>
        public int? FirstLineOf(YamlScalar key)
        {
            if (_keyLines is null && Entries.Count < ScannedKeys)
            {
                foreach (var entry in Entries)
                {
                    if (entry.Key.Text == key.Text)
                    {
                        return entry.Key.Span.Line;
                    }
                }

                // Pending keys of dropped values are not entries: a key repeated three times is still caught by its first entry.
                return null;
            }

            if (_keyLines is null)
            {
                _keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var entry in Entries)
                {
                    _keyLines[entry.Key.Text] = entry.Key.Span.Line;
                }
            }

            if (_keyLines.TryGetValue(key.Text, out var line))
            {
                return line;
            }

            _keyLines.Add(key.Text, key.Span.Line);
            return null;
        }
    }
}
