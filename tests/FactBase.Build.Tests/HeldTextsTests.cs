using System;
using System.IO;
using System.Linq;
using FactBase.Compiler.Pipeline;

namespace FactBase.Build.Tests;

/// <summary>
/// The build step holds each file's bytes from its read to its parse, and no longer: a file parsed a
/// second time is read from disk again, and must still be the file the step hashed.
/// </summary>
public sealed class HeldTextsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbase-held-" + Guid.NewGuid().ToString("N")[..8]);

    public HeldTextsTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_file_is_parsed_from_the_bytes_read_for_its_hash_and_read_again_when_asked_again()
    {
        var path = Write("austin.md", TestProject.Austin);
        var file = new HeldTexts(1).Read(0, path, "content/austin.md");

        Assert.Equal(new SourceFile(path, "content/austin.md", TestProject.Austin).Hash, file.Hash);
        Assert.Equal(TestProject.Austin, file.Read().Text);
        Assert.Equal(TestProject.Austin, file.Read().Text);
    }

    [Fact]
    public void A_file_changed_after_its_hash_is_not_read_again_as_if_it_were_the_same()
    {
        var path = Write("austin.md", TestProject.Austin);
        var file = new HeldTexts(1).Read(0, path, "content/austin.md");
        Assert.Equal(TestProject.Austin, file.Read().Text);

        Write("austin.md", TestProject.Dallas);

        var failure = Assert.Throws<IOException>(() => file.Read());
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_under_kinds_read_for_the_schema_and_then_checked_is_compiled_as_before()
    {
        using var project = new TestProject();
        project.Write("kinds/texas-notes.md", TestProject.Texas.Replace("Texas", "Texas notes", StringComparison.Ordinal));

        var result = project.Step();
        var inHand = project.Files().Select(path => new SourceFile(path, ContentPaths.Relative(path, project.ContentRoot + "/"), File.ReadAllText(path))).ToList();
        var expected = ContentPipeline.Compile(inHand, new CompileOptions(Compiler.Reading.ReadOptions.Default, Records: true));

        Assert.Equal(5, result.Files);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FB0900");
        Assert.Equal(expected.Diagnostics.Select(TestProject.Describe), result.Diagnostics.Select(TestProject.Describe));
        Assert.Equal(BuildStep.Outputs(expected).Records, result.Records);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
