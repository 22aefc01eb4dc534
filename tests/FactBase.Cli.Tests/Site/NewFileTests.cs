using System;
using System.IO;
using FactBase.Cli.Site.Output;

namespace FactBase.Cli.Tests.Site;

public class NewFileTests
{
    [Fact]
    public void Writes_a_new_file_with_all_its_bytes()
    {
        using var content = new TempContent();
        var path = content.PathOf("page.html");
        // Larger than one write may take, so that a short write would show.
        var bytes = new byte[3 * 1024 * 1024 + 7];
        new Random(42).NextBytes(bytes);

        Assert.True(NewFile.TryWrite(path, bytes));

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_already_there_is_left_as_it_is()
    {
        using var content = new TempContent();
        var path = content.PathOf("page.html");
        File.WriteAllBytes(path, [9, 9, 9]);

        Assert.False(NewFile.TryWrite(path, [1]));

        Assert.Equal([9, 9, 9], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_cannot_be_created_is_an_error_naming_it()
    {
        using var content = new TempContent();
        var path = content.PathOf(Path.Combine("no-such-folder", "page.html"));

        var error = Assert.ThrowsAny<IOException>(() => NewFile.TryWrite(path, [1]));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
