using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace FactBase.Build.Tests;

/// <summary>
/// What a build's tasks share through MSBuild (<see cref="IBuildEngine4"/>'s registry of objects), and
/// nothing else: the rest of an engine is never called by the code under test. With
/// <paramref name="keepsObjects"/> false, it refuses to keep any, as a task host may.
/// </summary>
internal sealed class SharedObjectsEngine(bool keepsObjects = true) : IBuildEngine4
{
    private readonly Dictionary<(object Key, RegisteredTaskObjectLifetime Lifetime), object> _objects = [];

    public int Registered => _objects.Count;

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection) =>
        _objects[(key, lifetime)] = keepsObjects ? obj : throw new NotImplementedException("This host keeps no objects.");

    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) =>
        _objects.TryGetValue((key, lifetime), out var obj) ? obj : null;

    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) =>
        _objects.Remove((key, lifetime), out var obj) ? obj : null;

    public bool IsRunningMultipleNodes => false;

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => string.Empty;

    public void LogErrorEvent(BuildErrorEventArgs e) => throw new NotSupportedException();

    public void LogWarningEvent(BuildWarningEventArgs e) => throw new NotSupportedException();

    public void LogMessageEvent(BuildMessageEventArgs e) => throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e) => throw new NotSupportedException();

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => throw new NotSupportedException();

    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => throw new NotSupportedException();

    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => throw new NotSupportedException();

    public void Yield()
    {
    }

    public void Reacquire()
    {
    }
}
