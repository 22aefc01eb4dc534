using System;
using System.IO;

namespace FactBase.Compiler.Reading;

/// <summary>
/// Reads a slice of a string, as a <see cref="StringReader"/> reads a whole one: the front matter
/// is read where it lies in the file's text, without a copy of it for every file.
/// </summary>
internal sealed class SliceReader : TextReader
{
    private readonly string _text;
    private readonly int _end;
    private int _position;

    public SliceReader(string text, int start, int length)
    {
        if (start < 0 || length < 0 || start > text.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        _text = text;
        _position = start;
        _end = start + length;
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = Math.Min(count, _end - _position);
        if (read <= 0)
        {
            return 0;
        }

        _text.CopyTo(_position, buffer, index, read);
        _position += read;
        return read;
    }
}
