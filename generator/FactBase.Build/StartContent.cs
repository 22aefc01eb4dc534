using System;
using FactBase.Build.Server;
using Microsoft.Build.Framework;

namespace FactBase.Build;

/// <summary>
/// The build step's start, early in a build: names its outputs for the targets that follow, puts the
/// records assembly's reference form where the records assembly will be when there is none yet, so that
/// MSBuild can resolve the reference before the step is done, and, in a build that uses the build server,
/// sends it the request now. <see cref="CompileContent"/>, just before the compiler, takes the answer
/// (<see cref="PendingBuild"/>); the step runs while MSBuild resolves references and writes its own inputs.
/// </summary>
public sealed class StartContent : BuildStepTask
{
    public override bool Execute()
    {
        var outputs = NameOutputs();
        try
        {
            outputs.WriteStandIn();
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            LogOutputsNotWritten(e);
            return false;
        }

        if (Server is { } server && PendingBuild.Start(BuildEngine4, Request(), server))
        {
            Log.LogMessage(MessageImportance.Normal, "FactBase: the build step started in the build server.");
        }

        return true;
    }
}
