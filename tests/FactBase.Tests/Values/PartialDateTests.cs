namespace FactBase.Tests.Values;

public class PartialDateTests
{
    [Theory]
    [InlineData("2018", "2018-06", false, false, true)]
    [InlineData("2018-03", "2018-06", true, false, false)]
    [InlineData("2018-06-21", "2018-06", false, false, true)]
    [InlineData("2018-07", "2018-06-30", false, true, false)]
    [InlineData("--03", "--06", true, false, false)]
    [InlineData("--06-02", "--06", false, false, true)]
    [InlineData("2018-03", "--06", false, false, false)]
    public void Compares_with_precision_in_mind(string a, string b, bool before, bool after, bool overlaps)
    {
        var left = PartialDate.Parse(a);
        var right = PartialDate.Parse(b);

        Assert.Equal((before, after, overlaps), (left.IsBefore(right), left.IsAfter(right), left.Overlaps(right)));
    }

    [Theory]
    [InlineData("2018", DatePrecision.Year)]
    [InlineData("2018-03", DatePrecision.Month)]
    [InlineData("--03-21", DatePrecision.Day)]
    public void Keeps_its_precision_and_its_text(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2018-03", "2018-06", true, false)]
    [InlineData("2018-06", "2018-06", true, true)]
    [InlineData("2018-06-30", "2018-06", true, true)]
    [InlineData("2018-06", "2018-06-15", false, false)]
    [InlineData("2018", "2018-06", false, false)]
    [InlineData("2018-07", "2018-06", false, true)]
    [InlineData("2018-12", "2018", true, true)]
    [InlineData("--03", "--06", true, false)]
    [InlineData("--03", "2018-06", false, false)]
    [InlineData("2018-03", "--06", false, false)]
    public void Tells_on_or_before_and_on_or_after_only_when_every_day_the_date_may_mean_agrees(string a, string b, bool onOrBefore, bool onOrAfter)
    {
        var left = PartialDate.Parse(a);
        var right = PartialDate.Parse(b);

        Assert.Equal((onOrBefore, onOrAfter), (left.IsOnOrBefore(right), left.IsOnOrAfter(right)));
    }

    [Fact]
    public void Contains_the_finer_dates_within_it()
    {
        Assert.True(PartialDate.Parse("2018").Contains(PartialDate.Parse("2018-06-21")));
        Assert.False(PartialDate.Parse("2018-06-21").Contains(PartialDate.Parse("2018")));
    }

    [Fact]
    public void Sorts_by_start_then_coarser_first_with_unstated_years_last()
    {
        string[] dates = ["--03", "2018-02", "2018-01-01", "2018", "2018-01"];

        var sorted = dates.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2018", "2018-01", "2018-01-01", "2018-02", "--03"], sorted);
    }

    [Theory]
    [InlineData("2018-6")]
    [InlineData("18")]
    [InlineData("2018-06-01-01")]
    [InlineData("--6")]
    public void Parses_only_what_the_compiler_accepts(string text) =>
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));

    [Theory]
    [InlineData(2019, 2, 29)]
    [InlineData(2018, 13, null)]
    [InlineData(null, null, null)]
    public void Refuses_impossible_dates(int? year, int? month, int? day) =>
        Assert.ThrowsAny<ArgumentException>(() => new PartialDate(year, month, day));
}
