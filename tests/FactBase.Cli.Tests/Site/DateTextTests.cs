using FactBase.Cli.Rendering;
using FactBase.Compiler.Model;

namespace FactBase.Cli.Tests.Site;

public class DateTextTests
{
    [Theory]
    [InlineData(2018, null, null, "2018")]
    [InlineData(2018, 3, null, "March 2018")]
    [InlineData(2018, 6, 21, "21 June 2018")]
    [InlineData(null, 6, null, "June, year not stated")]
    [InlineData(null, 6, 21, "21 June, year not stated")]
    public void A_date_reads_in_its_precision(int? year, int? month, int? day, string reading) =>
        Assert.Equal(reading, DateText.Reading(new DateValue(year, month, day)));
}
