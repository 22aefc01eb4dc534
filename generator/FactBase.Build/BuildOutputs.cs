using System;
using System.IO;
using System.Text;
using FactBase.Compiler.Pipeline;

namespace FactBase.Build;

/// <summary>
/// Where the build step's outputs go, under the project's <c>obj/.../factbase/</c>: the records
/// assembly and its reference form (<see cref="RecordsAssembly"/>), and the index. Each is written
/// only when its bytes change, so that the compiler, which reads the reference form and the index,
/// runs only when the generated code must change.
/// </summary>
internal sealed class BuildOutputs(string directory, string recordsAssembly)
{
    public const string IndexFileName = "index.txt";

    public string Directory => directory;

    public string RecordsAssemblyPath => Path.Combine(directory, recordsAssembly + ".dll");

    public string ReferencePath => Path.Combine(directory, "ref", recordsAssembly + ".dll");

    public string IndexPath => Path.Combine(directory, IndexFileName);

    /// <summary>Writes the outputs of <paramref name="result"/>.</summary>
    public void Write(BuildStepResult result)
    {
        AtomicFile.WriteIfChanged(RecordsAssemblyPath, RecordsAssembly.Chunks(recordsAssembly, result.Records));
        WriteReference();
        AtomicFile.WriteIfChanged(IndexPath, Encoding.UTF8.GetBytes(result.Index));
    }

    /// <summary>Writes the reference form alone, which never changes: what a design-time build needs.</summary>
    public void WriteReference()
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(ReferencePath)!);
        AtomicFile.WriteIfChanged(ReferencePath, ReferenceForm());
    }

    /// <summary>
    /// Before the build step is done: the reference form, and where there is no records assembly yet, the
    /// reference form in its place. It has the records assembly's name and version, all MSBuild reads
    /// when it resolves the reference; the step's records replace it before the compiler runs, and
    /// before anything copies it.
    /// </summary>
    public void WriteStandIn()
    {
        WriteReference();
        if (File.Exists(RecordsAssemblyPath))
        {
            return;
        }

        // Written whole beside it, then moved in only if still missing: a build step of another build
        // may write the records meanwhile, and a move never replaces them.
        var standIn = RecordsAssemblyPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(standIn, ReferenceForm());
        try
        {
            File.Move(standIn, RecordsAssemblyPath);
        }
        catch (IOException) when (File.Exists(RecordsAssemblyPath))
        {
            File.Delete(standIn);
        }
    }

    private byte[] ReferenceForm() => RecordsAssembly.Write(recordsAssembly, records: null);
}
