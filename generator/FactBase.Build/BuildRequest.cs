using System.Collections.Generic;
using System.IO;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Build;

/// <summary>
/// What a build of one project asks of the build step: the content, where to write, and the records
/// assembly's name. The same request is run in the build's own process or in the build server.
/// </summary>
internal sealed record BuildRequest(IReadOnlyList<string> Files, string ContentRoot, ReadOptions Options, string OutputDirectory, string RecordsAssembly)
{
    /// <summary>Runs the build step and writes its outputs; what both hosts do.</summary>
    public BuildStepResult Run()
    {
        var outputs = new BuildOutputs(OutputDirectory, RecordsAssembly);
        return BuildStep.Run(new BuildStepInput(Files, ContentRoot, Options, OutputDirectory), outputs.Write);
    }

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
