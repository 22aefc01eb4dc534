using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FactBase.Build;

/// <summary>
/// The records assembly's reference form alone, for the IDE's design-time builds, which do not run
/// the build step: the generated code names the assembly's marker, so the compilation must reference
/// it. It never changes, and is written once.
/// </summary>
public sealed class WriteRecordsReference : Task
{
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    [Required]
    public string RecordsAssembly { get; set; } = string.Empty;

    [Output]
    public string ReferencePath { get; set; } = string.Empty;

    public override bool Execute()
    {
        var outputs = new BuildOutputs(OutputDirectory, RecordsAssembly);
        ReferencePath = outputs.ReferencePath;
        try
        {
            outputs.WriteReference();
            return true;
        }
        catch (System.Exception e) when (e is System.IO.IOException or System.UnauthorizedAccessException)
        {
            Log.LogError(null, "FB0900", null, OutputDirectory, 0, 0, 0, 0, $"FactBase could not write {ReferencePath}: {e.Message}");
            return false;
        }
    }
}
