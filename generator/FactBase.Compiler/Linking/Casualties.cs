using System;
using System.Collections.Generic;

namespace FactBase.Compiler.Linking;

/// <summary>
/// Ids and kinds whose own file already has an error. Reporting refs to them, or facts of
/// them, again would bury the one error that matters under others that follow from it.
/// </summary>
public sealed class Casualties
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _kinds = new(StringComparer.Ordinal);

    /// <summary>A file that yielded no fact: its id, as its file name gives it, is a casualty; under kinds/, so is its kind.</summary>
    public void AddFile(string relativePath)
    {
        var stem = Stem(relativePath);
        _ids.Add(stem);
        _ids.Add(Common.Ids.ToKebabCase(stem)); // 'Texas.md' is broken, so refs to 'texas' follow from it.
        if (relativePath.IndexOf("kinds/", StringComparison.Ordinal) >= 0)
        {
            _kinds.Add(stem);
        }
    }

    public void AddId(string id) => _ids.Add(id);

    public bool HasId(string id) => _ids.Contains(id);

    public bool HasKind(string kind) => _kinds.Contains(kind);

    private static string Stem(string relativePath)
    {
        var name = relativePath.Substring(relativePath.LastIndexOf('/') + 1);
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 3) : name;
    }
}
