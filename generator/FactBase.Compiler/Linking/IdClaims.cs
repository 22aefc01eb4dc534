using System;
using System.Collections.Generic;
using FactBase.Compiler.Common;
using FactBase.Compiler.Diagnostics;
using FactBase.Compiler.Reading;

namespace FactBase.Compiler.Linking;

/// <summary>A file's claim to an id: its path, and where the id is written (the file's start when its name gives it).</summary>
public readonly record struct IdClaim(string Id, string Path, string RelativePath, SourceSpan IdSpan)
{
    /// <summary>The id is the file name: the file has no <c>id:</c> line (<see cref="KindAndIdReader.ReadId"/>).</summary>
    public bool IsFileName => IdSpan == SourceSpan.FileStart;
}

/// <summary>
/// Which of the files that give one id keeps it, for facts and kinds alike, whatever order they
/// come in. A file whose id is its own name keeps it over a file that declares it with <c>id:</c>:
/// the declaration is the later choice, as when a copied file keeps the <c>id:</c> it was copied
/// with, or a fact is added beside the one its <c>id:</c> names. Among files alike, the first in
/// path order keeps it. (The build has no dates to tell an older file by: path order is the same
/// on every machine.) Every other file is reported at its id, naming the one that keeps it, and
/// left out, so that a clash never replaces a fact without saying which one won.
/// </summary>
public static class IdClaims
{
    /// <summary>Negative when <paramref name="a"/> keeps an id that both claim.</summary>
    public static int Compare(IdClaim a, IdClaim b) =>
        a.IsFileName != b.IsFileName ? (a.IsFileName ? -1 : 1) : string.CompareOrdinal(a.RelativePath, b.RelativePath);

    /// <summary>
    /// FB0300 for <paramref name="loser"/>, which loses its id to <paramref name="keeper"/>; <paramref name="taken"/>
    /// tells whether an id is in use, for a fix that names a free one. <paramref name="noun"/> is "fact" or "kind".
    /// </summary>
    public static Diagnostic Report(IdClaim loser, IdClaim keeper, string noun, Func<string, bool> taken)
    {
        // A fact may share its id with a kind, so a kind's file is named as the kind's.
        var file = noun == "kind" ? $"the kind in {keeper.RelativePath}" : keeper.RelativePath;
        var how = keeper.IsFileName ? "by its file name" : $"by its 'id:' on line {keeper.IdSpan.Line}";
        return DiagnosticDescriptors.DuplicateId.At(loser.Path, loser.IdSpan, loser.Id, $"{file} ({how})", noun, Fix(loser, noun, taken));
    }

    private static string Fix(IdClaim loser, string noun, Func<string, bool> taken)
    {
        if (loser.IsFileName)
        {
            return $"add an 'id:' line with another id, or rename the file; or, if both describe one {noun}, merge them";
        }

        var fileName = KindAndIdReader.FileStem(loser.RelativePath);
        return Ids.IsKebabCase(fileName) && !taken(fileName)
            ? $"remove the 'id:' line, and the {noun} takes the id '{fileName}' from its file name; or, if both describe one {noun}, merge them"
            : $"write another id; or, if both describe one {noun}, merge them";
    }
}
