using System;
using System.Collections.Generic;
using System.Threading;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Pipeline;

namespace FactBase.Cli.Loading;

/// <summary>
/// Reads a command's files on a thread of its own, in the order the pipeline parses them (the files
/// under <c>kinds/</c> first, then the others in path order), while the pipeline's workers parse
/// the files read before. Parsing is bound by memory more than by the cores, and reading by the
/// system's calls: side by side they take little more than the parsing alone. A worker that comes
/// to a file not read yet reads it itself (<see cref="SourceFile.OnDisk"/>), so nothing waits on this
/// thread but the end of the run, which stops it.
/// </summary>
internal sealed class ReadAhead : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stopped;

    private ReadAhead(IReadOnlyList<SourceFile> files)
    {
        _thread = new Thread(() => Read(files)) { IsBackground = true, Name = "FactBase read-ahead" };
        _thread.Start();
    }

    public static ReadAhead Start(IReadOnlyList<SourceFile> files) => new(files);

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Read(IReadOnlyList<SourceFile> files)
    {
        try
        {
            foreach (var kindsFirst in new[] { true, false })
            {
                foreach (var file in files)
                {
                    if (_stopped)
                    {
                        return;
                    }

                    if (Casualties.IsUnderKinds(file.RelativePath) == kindsFirst)
                    {
                        file.ReadAhead();
                    }
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The worker that parses the file meets the same failure, where it is reported (FB0900).
        }
    }
}
