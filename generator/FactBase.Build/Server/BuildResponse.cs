using System;
using System.Collections.Generic;
using System.IO;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Pipeline;

namespace FactBase.Build.Server;

/// <summary>What the build server answers: what the build step found and did, or why it could not.</summary>
internal sealed record BuildResponse(EquatableArray<Diagnostic> Diagnostics, int Files, int Read, string? CacheProblem, string? Failure)
{
    public static BuildResponse Of(BuildStepResult result) => new(result.Diagnostics, result.Files, result.Read, result.CacheProblem, null);

    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Failure is not null);
        if (Failure is not null)
        {
            writer.Write(Failure);
            return;
        }

        writer.Write(Files);
        writer.Write(Read);
        writer.Write(CacheProblem ?? string.Empty);
        writer.Write(Diagnostics.Count);
        foreach (var diagnostic in Diagnostics)
        {
            writer.Write(diagnostic.Id);
            writer.Write((int)diagnostic.Severity);
            writer.Write(diagnostic.Message);
            writer.Write(diagnostic.Path);
            var span = diagnostic.Span;
            foreach (var number in new[] { span.Start, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn })
            {
                writer.Write(number);
            }
        }
    }

    public static BuildResponse ReadFrom(BinaryReader reader)
    {
        if (reader.ReadBoolean())
        {
            return new BuildResponse(EquatableArray<Diagnostic>.Empty, 0, 0, null, reader.ReadString());
        }

        var files = reader.ReadInt32();
        var read = reader.ReadInt32();
        var problem = reader.ReadString();
        var count = reader.ReadInt32();
        var diagnostics = new List<Diagnostic>(Math.Max(0, Math.Min(count, 1 << 16)));
        for (var i = 0; i < count; i++)
        {
            var id = reader.ReadString();
            var severity = (DiagnosticSeverity)reader.ReadInt32();
            var message = reader.ReadString();
            var path = reader.ReadString();
            var span = new SourceSpan(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            diagnostics.Add(new Diagnostic(id, severity, message, path, span));
        }

        return new BuildResponse(diagnostics.ToEquatableArray(), files, read, problem.Length == 0 ? null : problem, null);
    }
}
