using System;
using System.IO;
using System.Text;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// A content file's text as every reader of files takes it (the build step and the command line),
/// decoded as the compiler decodes the additional files the IDE hands the generator: a byte order
/// mark names the encoding and is not part of the text; otherwise UTF-8, where invalid bytes become
/// U+FFFD, which the parse reports at their place (FB0008). The same text gives the same hash
/// (<see cref="ContentHash"/>), whichever process read it.
/// </summary>
public static class ContentText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Utf8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        return Utf8.GetString(bytes);
    }

    /// <summary>The file's text; a file deleted or locked between listing and reading (an editor saving it) reads as empty.</summary>
    public static string Read(string path) => Decode(ReadBytes(path));

    /// <summary>The file's bytes, as <see cref="Read"/> decodes them: none for a file that cannot be read.</summary>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
