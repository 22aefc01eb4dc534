using System;

namespace FactBase.Compiler.Reading;

/// <summary>
/// A fact's Markdown body, checked: the Markdown as written and its one-line summary (for the
/// generated docs). It is rendered to HTML and text where it is read: by the runtime on first
/// use, by the tools with <see cref="Rendering.MarkdownRenderer"/>.
/// </summary>
/// <remarks>
/// The Markdown is kept as a slice of the file's text, not as a copy: the compiler keeps the text
/// for the whole build anyway, and a copy of every body (the larger part of the content) would live as long
/// as the generator's caches, through every garbage collection of a cold run (docs/performance.md).
/// <see cref="Markdown"/> copies it out for the few readers that need a string of its own.
/// </remarks>
public sealed class Body : IEquatable<Body>
{
    private readonly string _text;
    private readonly int _start;

    /// <summary>A body that is all of <paramref name="markdown"/>.</summary>
    public Body(string markdown, string summary)
        : this(markdown, 0, summary)
    {
    }

    /// <summary>A body that is the end of <paramref name="text"/>, from <paramref name="start"/> on.</summary>
    public Body(string text, int start, string summary)
    {
        if (start < 0 || start > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        _text = text;
        _start = start;
        Summary = summary;
    }

    public static Body Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>The Markdown as written (a new string unless the body is the whole text it was cut from).</summary>
    public string Markdown => _start == 0 ? _text : _text.Substring(_start);

    /// <summary>The Markdown's length in chars, without copying it out.</summary>
    public int Length => _text.Length - _start;

    public string Summary { get; }

    public bool Equals(Body? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Length == other.Length && Summary == other.Summary && string.CompareOrdinal(_text, _start, other._text, other._start, Length) == 0));

    public override bool Equals(object? obj) => Equals(obj as Body);

    public override int GetHashCode() => (Length * 397) ^ Summary.GetHashCode();
}
