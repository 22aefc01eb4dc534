using System;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// A content file as the pipeline takes it: where it is, and what it holds by hash. Its text is
/// read only when the file must be parsed, which a file whose result is cached never is.
/// Equal when the path and hash are: the text is what the hash stands for.
/// </summary>
public sealed class SourceFile : IEquatable<SourceFile>
{
    private readonly string? _text;
    private readonly Func<string>? _read;

    /// <summary>A file whose text is in hand.</summary>
    public SourceFile(string path, string relativePath, string text)
        : this(path, relativePath, ContentHash.Of(text), text, null)
    {
    }

    /// <summary>A file whose text is read by <paramref name="read"/> when needed, and which hashes to <paramref name="hash"/>.</summary>
    public SourceFile(string path, string relativePath, ContentHash hash, Func<string> read)
        : this(path, relativePath, hash, null, read)
    {
    }

    private SourceFile(string path, string relativePath, ContentHash hash, string? text, Func<string>? read)
    {
        Path = path;
        RelativePath = relativePath;
        Hash = hash;
        _text = text;
        _read = read;
    }

    public string Path { get; }

    public string RelativePath { get; }

    public ContentHash Hash { get; }

    /// <summary>The file as the parser reads it.</summary>
    public ContentFile Read() => new(Path, RelativePath, _text ?? _read!());

    public bool Equals(SourceFile? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Hash == other.Hash && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as SourceFile);

    public override int GetHashCode() => Hash.GetHashCode();
}
