using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactBase.Compiler.Pipeline;

namespace FactBase.Compiler.Tests;

public class SourceFileTests
{
    [Fact]
    public void A_file_read_on_first_use_is_read_once_whichever_threads_ask_and_hashes_as_its_text()
    {
        var path = Path.Combine(Path.GetTempPath(), $"factbase-sourcefile-{System.Guid.NewGuid():N}.md");
        File.WriteAllText(path, "---\nkind: place\nname: Texas\n---\n");
        try
        {
            var file = SourceFile.OnDisk("content/texas.md", "content/texas.md", path);
            var texts = new string[16];
            Parallel.For(0, texts.Length, i => texts[i] = i % 2 == 0 ? file.Read().Text : file.Hash.ToString());

            // Changed on disk after the first read: the file is what was read, and nothing reads it again.
            File.WriteAllText(path, "---\nkind: place\nname: Austin\n---\n");

            var inHand = new SourceFile("content/texas.md", "content/texas.md", "---\nkind: place\nname: Texas\n---\n");
            Assert.Equal(inHand.Hash, file.Hash);
            Assert.Equal("---\nkind: place\nname: Texas\n---\n", file.Read().Text);
            Assert.All(texts.Where((_, i) => i % 2 == 0), text => Assert.Equal("---\nkind: place\nname: Texas\n---\n", text));
            Assert.All(texts.Where((_, i) => i % 2 == 1), hash => Assert.Equal(inHand.Hash.ToString(), hash));
            Assert.Equal(inHand, file);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Files_read_on_first_use_compile_as_files_in_hand()
    {
        var root = Path.Combine(Path.GetTempPath(), $"factbase-ondisk-{System.Guid.NewGuid():N}");
        var files = TestContent.Files(
            ("content/texas.md", TestContent.Texas),
            ("content/orgs/raices.md", "---\nkind: organization\nname: RAICES\nbased-in: texsa\n---\n"),
            ("content/kinds/broken.md", "---\nkind: [\n---\n"));
        try
        {
            var onDisk = files.Select(f =>
            {
                var path = Path.Combine(root, f.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, f.Read().Text);
                return SourceFile.OnDisk(f.Path, f.RelativePath, path);
            }).ToList();

            var expected = ContentPipeline.Compile(files, CompileOptions.Default);
            var actual = ContentPipeline.Compile(onDisk, CompileOptions.Default);

            Assert.NotEmpty(expected.Diagnostics);
            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
            Assert.Equal(expected.Files.SchemaKey, actual.Files.SchemaKey);
            Assert.Equal(expected.Results.Select(r => (r.Path, r.Hash)), actual.Results.Select(r => (r.Path, r.Hash)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
