using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactBase.Compiler.Pipeline;

namespace FactBase.Build.Tests;

/// <summary>The build step's files are written whole or not at all, even by builds racing to write the same one.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbase-atomic-" + Guid.NewGuid().ToString("N")[..8]);

    public AtomicFileTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Writers_racing_to_create_one_file_all_succeed_and_leave_one_of_their_files_whole()
    {
        var contents = Enumerable.Range(0, 4).Select(i => Enumerable.Repeat((byte)i, 4096).ToArray()).ToArray();
        for (var round = 0; round < 200; round++)
        {
            var path = Path.Combine(_folder, $"out{round}.bin");
            using var start = new Barrier(contents.Length);

            await Task.WhenAll(contents.Select(bytes => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    AtomicFile.Write(path, bytes);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)));

            Assert.Contains(File.ReadAllBytes(path), contents);
        }

        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void Writing_the_bytes_a_file_holds_leaves_it_untouched()
    {
        var path = Path.Combine(_folder, "same.bin");
        Assert.True(AtomicFile.WriteIfChanged(path, [1, 2, 3]));
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, longAgo);

        Assert.False(AtomicFile.WriteIfChanged(path, [1, 2, 3]));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(path));
        Assert.True(AtomicFile.WriteIfChanged(path, [1, 2, 4]));
        Assert.Equal([1, 2, 4], File.ReadAllBytes(path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
