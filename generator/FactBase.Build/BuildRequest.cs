using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Build;

/// <summary>
/// What a build of one project asks of the build step: the content, where to write, and the records
/// assembly's name. The same request is run in the build's own process or in the build server.
/// </summary>
internal sealed record BuildRequest(IReadOnlyList<string> Files, string ContentRoot, ReadOptions Options, string OutputDirectory, string RecordsAssembly)
{
    /// <summary>
    /// Runs the build step and writes its outputs; what both hosts do. <paramref name="outputsWritten"/>
    /// is told as soon as the outputs are written, before the cache is saved: all the build waits for.
    /// </summary>
    public BuildStepResult Run(Action<BuildStepResult>? outputsWritten = null)
    {
        var outputs = new BuildOutputs(OutputDirectory, RecordsAssembly);
        return BuildStep.Run(new BuildStepInput(Files, ContentRoot, Options, OutputDirectory), result =>
        {
            outputs.Write(result);
            outputsWritten?.Invoke(result);
        });
    }

    /// <summary>Whether the two ask for the same build: the same files in the same order, and the same settings.</summary>
    public bool Equals(BuildRequest? other) =>
        other is not null
        && ContentRoot == other.ContentRoot
        && Options == other.Options
        && OutputDirectory == other.OutputDirectory
        && RecordsAssembly == other.RecordsAssembly
        && Files.SequenceEqual(other.Files, StringComparer.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(OutputDirectory) ^ Files.Count;

    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Files.Count);
        foreach (var file in Files)
        {
            writer.Write(file);
        }

        writer.Write(ContentRoot);
        writer.Write(Options.MaxFileSize);
        writer.Write(Options.MaxDepth);
        writer.Write(OutputDirectory);
        writer.Write(RecordsAssembly);
    }

    public static BuildRequest ReadFrom(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            files.Add(reader.ReadString());
        }

        var contentRoot = reader.ReadString();
        var options = new ReadOptions(reader.ReadInt32(), reader.ReadInt32());
        return new BuildRequest(files, contentRoot, options, reader.ReadString(), reader.ReadString());
    }
}
