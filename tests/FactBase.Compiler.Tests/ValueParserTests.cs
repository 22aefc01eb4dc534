using FactBase.Compiler.Checking;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Compiler.Tests;

public class ValueParserTests
{
    [Theory]
    [InlineData("2018", 2018, null, null)]
    [InlineData("2018-03", 2018, 3, null)]
    [InlineData("2018-06-21", 2018, 6, 21)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("--03", null, 3, null)]
    [InlineData("--02-29", null, 2, 29)]
    public void Reads_dates_in_their_precision(string text, int? year, int? month, int? day)
    {
        var date = Assert.IsType<DateValue>(DateParser.Parse(text).Value);

        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.Equal(text, date.Text);
    }

    [Theory]
    [InlineData("2019-02-29")]
    [InlineData("2018-13")]
    [InlineData("2018-04-31")]
    [InlineData("18")]
    [InlineData("2018/03")]
    [InlineData("March 2018")]
    [InlineData("0000")]
    [InlineData("--")]
    public void Refuses_impossible_or_misspelt_dates(string text) =>
        Assert.Equal("FB0204", DateParser.Parse(text).Problem?.Id);

    [Theory]
    [InlineData("250000 USD", 250000, "USD", Qualifier.Exact)]
    [InlineData("about 40 million USD", 40000000, "USD", Qualifier.About)]
    [InlineData("more than 1,000 EUR", 1000, "EUR", Qualifier.MoreThan)]
    [InlineData("at most 2.5 billion GBP", 2500000000, "GBP", Qualifier.AtMost)]
    [InlineData("About 5 Million USD", 5000000, "USD", Qualifier.About)]
    public void Reads_money_with_qualifier_scale_and_currency(string text, decimal amount, string currency, Qualifier qualifier)
    {
        var money = Assert.IsType<MoneyValue>(AmountParser.ParseMoney(text).Value);

        Assert.Equal(new MoneyValue(amount, currency, qualifier), money);
    }

    [Theory]
    [InlineData("250000", "FB0205", "'250000' is not an amount of money: add its currency, as in '250000 USD'")]
    [InlineData("250000 usd", "FB0206", "'usd' is not an ISO 4217 currency code (did you mean 'USD'?): write the amount then a code such as USD, EUR or GBP")]
    [InlineData("250000 XYZ", "FB0206", "'XYZ' is not an ISO 4217 currency code: write the amount then a code such as USD, EUR or GBP")]
    [InlineData("abuot 40 USD", "FB0214", "'abuot' is not a qualifier (did you mean 'about'?): use about, more than, at least, less than or at most, or none for an exact figure")]
    [InlineData("USD 250,000", "FB0205", "'USD 250,000' is not an amount of money: write it as '250,000 USD': the currency code after the number")]
    [InlineData("1,00 USD", "FB0205", "'1,00 USD' is not an amount of money: '1,00' is not a number: write digits, with optional thousands commas, as in 250,000 or 1.5")]
    public void Refuses_money_without_a_known_currency_or_qualifier_and_says_how_to_fix_it(string text, string id, string message)
    {
        var result = AmountParser.ParseMoney(text);

        Assert.Equal(id, result.Problem?.Id);
        Assert.Equal(message, result.Problem!.At("x", default, result.Args).Message);
    }

    [Theory]
    [InlineData("more than 600", 600, Qualifier.MoreThan, null)]
    [InlineData("about 130 people", 130, Qualifier.About, "people")]
    [InlineData("at least 3", 3, Qualifier.AtLeast, null)]
    [InlineData("12", 12, Qualifier.Exact, null)]
    [InlineData("More than 5 Million people", 5000000, Qualifier.MoreThan, "people")]
    public void Reads_quantities(string text, decimal value, Qualifier qualifier, string? unit) =>
        Assert.Equal(new QuantityValue(value, qualifier, unit), AmountParser.ParseQuantity(text).Value);

    [Theory]
    [InlineData("yes", "true")]
    [InlineData("NO", "false")]
    [InlineData("on", "true")]
    [InlineData("False", "false")]
    public void Refuses_yaml_1_1_bools_and_names_the_fix(string text, string fix)
    {
        var result = ScalarParser.Parse(text, ScalarType.Bool);

        Assert.Equal("FB0203", result.Problem?.Id);
        Assert.Contains($"write '{fix}'", result.Problem!.At("x", default, result.Args).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_leading_zeros_as_decimal_not_octal() =>
        Assert.Equal(new IntValue(10), ScalarParser.Parse("010", ScalarType.Int).Value);

    [Theory]
    [InlineData("1e3", ScalarType.Decimal)]
    [InlineData("0x10", ScalarType.Int)]
    [InlineData("1_000", ScalarType.Int)]
    [InlineData("99999999999", ScalarType.Int)]
    [InlineData("example.org", ScalarType.Url)]
    [InlineData("ftp://example.org", ScalarType.Url)]
    public void Refuses_other_spellings_of_numbers_and_urls(string text, ScalarType type) =>
        Assert.Equal("FB0202", ScalarParser.Parse(text, type).Problem?.Id);

    [Theory]
    [InlineData("list<ref<person>>?", "list<ref<person>>", true)]
    [InlineData("enum(a, b-c, d)", "enum(a, b-c, d)", false)]
    [InlineData(" money ", "money", false)]
    public void Reads_field_types(string written, string display, bool optional)
    {
        Assert.True(FieldTypeParser.TryParse(written, out var type, out var isOptional, out _));
        Assert.Equal((display, optional), (type!.Display, isOptional));
    }

    [Theory]
    [InlineData("strnig", " (did you mean 'string'?)")]
    [InlineData("ineger", "")]
    public void Refuses_unknown_field_types_with_a_suggestion(string written, string suggestion)
    {
        Assert.False(FieldTypeParser.TryParse(written, out _, out _, out var actual));
        Assert.Equal(suggestion, actual);
    }

    [Theory]
    [InlineData("list<list<string>>")]
    [InlineData("ref<Person>")]
    [InlineData("enum(a, a)")]
    [InlineData("enum()")]
    [InlineData("list<>")]
    public void Refuses_malformed_field_types(string written) =>
        Assert.False(FieldTypeParser.TryParse(written, out _, out _, out _));
}
