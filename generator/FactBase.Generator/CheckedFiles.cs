using FactBase.Compiler.Checking;
using FactBase.Compiler.Common;
using FactBase.Compiler.Model;

namespace FactBase.Generator;

/// <summary>
/// The check step's value: each fact file's check, in the order of the files, and beside it
/// what the link reads of each (<see cref="CheckedFile.Entry"/>), built once per check so that
/// an unchanged file's entry is the very object it was.
/// </summary>
internal sealed record CheckedFiles(EquatableArray<CheckedFile> Files, EquatableArray<LinkEntry> Entries);
