using System;
using System.Collections.Generic;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Linking;

/// <summary>
/// Ids and kinds whose own file already has an error. Reporting refs to them, or facts of
/// them, again would bury the one error that matters under others that follow from it.
/// The pipeline's steps each know some of them: the schema step the kind files that yielded
/// no kind, the check step the fact files that yielded no fact; the link step gathers them all.
/// </summary>
public sealed class Casualties
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _kinds = new(StringComparer.Ordinal);

    /// <summary>The casualties of the files (relative paths) that yielded no fact or kind.</summary>
    public static Casualties Of(IEnumerable<string> relativePaths)
    {
        var casualties = new Casualties();
        foreach (var path in relativePaths)
        {
            casualties.AddFile(path);
        }

        return casualties;
    }

    /// <summary>Whether the file is under a <c>kinds/</c> folder, where a broken file takes its kind down with it.</summary>
    public static bool IsUnderKinds(string relativePath) => relativePath.IndexOf("kinds/", StringComparison.Ordinal) >= 0;

    /// <summary>A file that yielded no fact: its id, as its file name gives it, is a casualty; under kinds/, so is its kind.</summary>
    public void AddFile(string relativePath)
    {
        var stem = KindAndIdReader.FileStem(relativePath);
        _ids.Add(stem);
        _ids.Add(Common.Ids.ToKebabCase(stem)); // 'Texas.md' is broken, so refs to 'texas' follow from it.
        if (IsUnderKinds(relativePath))
        {
            _kinds.Add(stem);
        }
    }

    public void AddId(string id) => _ids.Add(id);

    public bool HasId(string id) => _ids.Contains(id);

    public bool HasKind(string kind) => _kinds.Contains(kind);
}
