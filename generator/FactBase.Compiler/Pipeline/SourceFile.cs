using System;
using System.Threading;
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
    private readonly ContentHash _hash;

    /// <summary>The text and hash of a file read on first use (<see cref="OnDisk"/>), by whichever thread asks first.</summary>
    private readonly Lazy<(string Text, ContentHash Hash)>? _disk;

    /// <summary>A file whose text is in hand.</summary>
    public SourceFile(string path, string relativePath, string text)
        : this(path, relativePath, ContentHash.Of(text), text, null, null)
    {
    }

    /// <summary>A file whose text is read by <paramref name="read"/> when needed, and which hashes to <paramref name="hash"/>.</summary>
    public SourceFile(string path, string relativePath, ContentHash hash, Func<string> read)
        : this(path, relativePath, hash, null, read, null)
    {
    }

    private SourceFile(string path, string relativePath, ContentHash hash, string? text, Func<string>? read, Lazy<(string Text, ContentHash Hash)>? disk)
    {
        Path = path;
        RelativePath = relativePath;
        _hash = hash;
        _text = text;
        _read = read;
        _disk = disk;
    }

    /// <summary>
    /// A file that a one-shot run reads from <paramref name="diskPath"/> the first time its text or hash
    /// is asked for, once, whichever thread asks (the others wait for that read): a run that keeps no
    /// cache needs neither before it parses the file, so reading overlaps the parsing of the files before it.
    /// </summary>
    public static SourceFile OnDisk(string path, string relativePath, string diskPath) =>
        new(path, relativePath, default, null, null, new Lazy<(string, ContentHash)>(
            () =>
            {
                var text = ContentText.Read(diskPath);
                return (text, ContentHash.Of(text));
            },
            LazyThreadSafetyMode.ExecutionAndPublication));

    public string Path { get; }

    public string RelativePath { get; }

    public ContentHash Hash => _disk is null ? _hash : _disk.Value.Hash;

    /// <summary>Reads the file now if it is read on first use (<see cref="OnDisk"/>) and has not been yet: a run reads ahead of its parses.</summary>
    public void ReadAhead() => _ = _disk?.Value;

    /// <summary>The file as the parser reads it.</summary>
    public ContentFile Read() => new(Path, RelativePath, _text ?? _disk?.Value.Text ?? _read!());

    public bool Equals(SourceFile? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Hash == other.Hash && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as SourceFile);

    public override int GetHashCode() => Hash.GetHashCode();
}
