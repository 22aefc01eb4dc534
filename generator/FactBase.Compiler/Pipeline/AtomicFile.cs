using System;
using System.IO;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// Files the build step writes, written whole or not at all: to a file of their own beside, then
/// renamed over the old one, so that a build stopped halfway, or a compiler reading at that moment,
/// never sees half a file.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (File.Exists(path))
            {
                File.Replace(temporary, path, null);
            }
            else
            {
                try
                {
                    File.Move(temporary, path);
                }
                catch (IOException) when (File.Exists(path))
                {
                    // Another build wrote it first, since we looked: replace what it wrote, whole, as above.
                    File.Replace(temporary, path, null);
                }
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes the bytes unless the file holds them already, so its time stamp tells the compiler nothing changed; true when it wrote.</summary>
    public static bool WriteIfChanged(string path, byte[] bytes)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && Same(File.ReadAllBytes(path), bytes))
        {
            return false;
        }

        Write(path, bytes);
        return true;
    }

    private static bool Same(byte[] left, byte[] right)
    {
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }
}
