using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Compiler.Reading;

/// <summary>
/// One file, read: its front matter (null when unreadable), its compiled body and the
/// problems found in it alone. Equatable, so the generator caches it per file.
/// </summary>
public sealed record ParsedFile(
    string Path,
    string RelativePath,
    FrontMatter? FrontMatter,
    Body Body,
    EquatableArray<Diagnostic> Diagnostics);
