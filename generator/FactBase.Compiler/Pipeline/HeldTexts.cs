using System.IO;
using System.Threading;

namespace FactBase.Compiler.Pipeline;

/// <summary>
/// The content files as the build step read them to hash them, each held until its parse takes it,
/// so that no file is read from disk twice and no file's text outlives its parse: at scale, the texts
/// would otherwise be the largest thing the step holds while it checks and writes. Held as bytes, not
/// text: half the memory, and decoding again costs little next to reading again.
/// </summary>
/// <remarks>
/// A file whose text is asked for a second time (a file under <c>kinds/</c> that is no kind file, read
/// for the schema and then checked as a fact; a file checked again against a grown schema) is read from
/// disk again, and must hash as it did when the step listed it: a file that changed in between fails
/// (FB0900 at the file, which no cache keeps), rather than leave a result made from other text than the
/// hash it is kept under.
/// </remarks>
internal sealed class HeldTexts
{
    private readonly byte[]?[] _bytes;

    public HeldTexts(int count) => _bytes = new byte[]?[count];

    /// <summary>Reads the file, holds its bytes in slot <paramref name="index"/>, and gives the file as the pipeline takes it.</summary>
    public SourceFile Read(int index, string path, string relativePath)
    {
        var bytes = ContentText.ReadBytes(path);
        var hash = ContentHash.Of(ContentText.Decode(bytes));
        Volatile.Write(ref _bytes[index], bytes);
        return new SourceFile(path, relativePath, hash, () => Take(index, path, hash));
    }

    /// <summary>Lets go of every text no parse took: the files whose results came from the cache.</summary>
    public void Clear()
    {
        for (var i = 0; i < _bytes.Length; i++)
        {
            Volatile.Write(ref _bytes[i], null);
        }
    }

    private string Take(int index, string path, ContentHash hash)
    {
        if (Interlocked.Exchange(ref _bytes[index], null) is { } held)
        {
            return ContentText.Decode(held);
        }

        var text = ContentText.Read(path);
        return ContentHash.Of(text) == hash
            ? text
            : throw new IOException($"The file changed while the build was reading it: build again to read it as it is now ({path}).");
    }
}
