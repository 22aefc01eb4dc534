namespace FactBase.Tests.Values;

public class AmountTests
{
    [Fact]
    public void Money_reads_as_the_source_says_it()
    {
        Assert.Equal("about 40,000,000 USD", new Money(40_000_000m, "USD", Qualifier.About).ToString());
        Assert.Equal("250,000 USD", new Money(250_000m, "USD", Qualifier.Exact).ToString());
        Assert.True(new Money(1m, "USD", Qualifier.AtLeast).IsApproximate);
    }

    [Fact]
    public void Quantities_keep_qualifier_and_unit()
    {
        Assert.Equal("more than 600", new Quantity(600m, Qualifier.MoreThan, null).ToString());
        Assert.Equal("about 130 people", new Quantity(130m, Qualifier.About, "people").ToString());
        Assert.False(new Quantity(3m, Qualifier.Exact, null).IsApproximate);
    }
}
