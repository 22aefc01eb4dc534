using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using FactBase.Compiler.Pipeline;

namespace FactBase.Build.Tests;

/// <summary>
/// A cache file that cannot be trusted whole is not trusted at all: every file is read again, the
/// reason is told, and the cache is written anew, so the build after reads nothing.
/// </summary>
public class CacheFailureTests
{
    private const int MagicLength = 4;
    private const int DigestLength = 32;

    [Fact]
    public void A_first_build_reads_every_file_and_the_next_reads_none()
    {
        using var project = new TestProject();

        var first = project.Step();
        var second = project.Step();

        Assert.Equal((4, 4, null), (first.Files, first.Read, first.CacheProblem));
        Assert.Equal((4, 0, null), (second.Files, second.Read, second.CacheProblem));
        Assert.True(File.Exists(project.CachePath));
        Assert.Equal(first.Records, second.Records);
        Assert.Equal(first.Index, second.Index);
    }

    [Fact]
    public void A_cache_with_bytes_flipped_in_the_middle_is_read_as_none_and_rewritten()
    {
        using var project = new TestProject();
        var clean = project.Step();
        var bytes = File.ReadAllBytes(project.CachePath);
        for (var i = bytes.Length / 2; i < (bytes.Length / 2) + 3; i++)
        {
            bytes[i] ^= 0x5A;
        }

        AssertDistrusted(project, bytes, clean, "checksum");
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("one byte")]
    [InlineData("magic only")]
    [InlineData("shorter than magic and checksum")]
    [InlineData("half")]
    [InlineData("one byte into the checksum")]
    [InlineData("just before the checksum")]
    [InlineData("last byte cut")]
    public void A_truncated_cache_is_read_as_none_and_rewritten(string cut)
    {
        using var project = new TestProject();
        var clean = project.Step();
        var bytes = File.ReadAllBytes(project.CachePath);
        var length = cut switch
        {
            "empty" => 0,
            "one byte" => 1,
            "magic only" => MagicLength,
            "shorter than magic and checksum" => MagicLength + DigestLength - 1,
            "half" => bytes.Length / 2,
            "one byte into the checksum" => bytes.Length - DigestLength + 1,
            "just before the checksum" => bytes.Length - DigestLength,
            "last byte cut" => bytes.Length - 1,
            _ => throw new ArgumentException(cut),
        };

        AssertDistrusted(project, bytes[..length], clean, "truncated");
    }

    [Fact]
    public void A_cache_written_by_another_engine_is_read_as_none_and_rewritten()
    {
        using var project = new TestProject();
        var clean = project.Step();
        var bytes = File.ReadAllBytes(project.CachePath);

        // The payload opens with the engine's id, a length-prefixed string of hex digits: another
        // build of FactBase wrote another id, and a checksum that matches what it wrote.
        var engineStart = MagicLength + 2;
        Assert.Equal(ContentIndex.Engine, System.Text.Encoding.ASCII.GetString(bytes, engineStart, ContentIndex.Engine.Length));
        bytes[engineStart] = (byte)(bytes[engineStart] == (byte)'0' ? '1' : '0');
        Reseal(bytes);

        AssertDistrusted(project, bytes, clean, "another version");
    }

    [Fact]
    public void A_file_with_another_magic_is_read_as_none_and_rewritten()
    {
        using var project = new TestProject();
        var clean = project.Step();
        var bytes = File.ReadAllBytes(project.CachePath);
        bytes[0] = (byte)'X';

        AssertDistrusted(project, bytes, clean, "not a FactBase cache");
    }

    [Fact]
    public void A_cache_whose_checksum_holds_but_whose_results_do_not_parse_is_distrusted_not_thrown()
    {
        using var project = new TestProject();
        var clean = project.Step();
        var original = File.ReadAllBytes(project.CachePath);

        // Past the engine and the options, every byte of the results in turn set to values a writer
        // never writes there, with the checksum made to match: the reader must refuse, never crash.
        var resultsStart = MagicLength + 2 + ContentIndex.Engine.Length + 12;
        var refused = 0;
        for (var i = resultsStart; i < original.Length - DigestLength; i += 7)
        {
            foreach (var value in new byte[] { 0x00, 0x7F, 0xFF })
            {
                var bytes = (byte[])original.Clone();
                bytes[i] = value;
                Reseal(bytes);
                var results = PersistentCache.Read(bytes, pathOf: null, out var problem);
                Assert.True(results is not null || problem is not null, $"byte {i} set to {value}: neither results nor a reason");
                refused += results is null ? 1 : 0;
            }
        }

        Assert.True(refused > 0, "no damaged cache was refused");
        Assert.Equal((4, 0), (project.Step().Files, project.Step().Read));
        Assert.Equal(clean.Records, project.Step().Records);
    }

    [Fact]
    public void A_deleted_cache_is_no_problem_and_is_written_again()
    {
        using var project = new TestProject();
        project.Step();
        File.Delete(project.CachePath);

        var rebuilt = project.Step();

        Assert.Equal((4, 4, null), (rebuilt.Files, rebuilt.Read, rebuilt.CacheProblem));
        Assert.Equal(0, project.Step().Read);
    }

    /// <summary>
    /// The cache made of <paramref name="bytes"/> is not used: every file is read, the reason told,
    /// the results those of a clean build; and the cache rewritten, so the next build reads none.
    /// </summary>
    private static void AssertDistrusted(TestProject project, byte[] bytes, BuildStepResult clean, string reason)
    {
        File.WriteAllBytes(project.CachePath, bytes);

        var distrusted = project.Step();
        var next = project.Step();

        Assert.Equal(distrusted.Files, distrusted.Read);
        Assert.NotNull(distrusted.CacheProblem);
        Assert.Contains(reason, distrusted.CacheProblem, StringComparison.Ordinal);
        Assert.Equal(clean.Records, distrusted.Records);
        Assert.Equal(clean.Index, distrusted.Index);
        Assert.Equal(clean.Diagnostics.Select(TestProject.Describe), distrusted.Diagnostics.Select(TestProject.Describe));
        Assert.Equal((4, 0, null), (next.Files, next.Read, next.CacheProblem));
    }

    /// <summary>Makes the checksum match the payload, as a writer of those bytes would have.</summary>
    private static void Reseal(byte[] bytes)
    {
        var digest = SHA256.HashData(bytes.AsSpan(MagicLength, bytes.Length - MagicLength - DigestLength));
        digest.CopyTo(bytes, bytes.Length - DigestLength);
    }
}
