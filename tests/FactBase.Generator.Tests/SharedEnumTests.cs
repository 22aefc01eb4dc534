using System;
using System.Linq;

namespace FactBase.Generator.Tests;

/// <summary>
/// The records store a qualifier and a citation status as the compiler's enum number, and the runtime
/// reads that number back as its own enum: the two must name the same members, with the same numbers.
/// </summary>
public class SharedEnumTests
{
    [Fact]
    public void The_compilers_qualifiers_are_the_runtimes_by_name_and_number() =>
        AssertSameMembers<Compiler.Model.Qualifier, Qualifier>();

    [Fact]
    public void The_compilers_citation_statuses_are_the_runtimes_by_name_and_number() =>
        AssertSameMembers<Compiler.Model.CitationStatus, CitationStatus>();

    private static void AssertSameMembers<TCompiler, TRuntime>()
        where TCompiler : struct, Enum
        where TRuntime : struct, Enum
    {
        var written = Enum.GetValues<TCompiler>().Select(v => (Name: v.ToString(), Number: Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var read = Enum.GetValues<TRuntime>().Select(v => (Name: v.ToString(), Number: Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))).ToList();

        Assert.NotEmpty(written);
        Assert.Equal(written, read);
    }
}
