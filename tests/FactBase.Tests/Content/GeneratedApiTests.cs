using FactBase.Tests.Content;

namespace FactBase.Tests.ContentQueries;

/// <summary>The shipped content/, compiled by the generator into this assembly, queried as typed C#.</summary>
public class GeneratedApiTests
{
    [Fact]
    public void Looks_facts_up_by_typed_property_by_id_and_by_kind()
    {
        Organization raices = Organizations.Raices;

        Assert.Equal("raices", raices.Id);
        Assert.Same(raices, Kb.Organizations["raices"]);
        Assert.Same(raices, Kb.Find("raices"));
        Assert.Same(raices, Kb.Get<Organization>("raices"));
        Assert.Contains(raices, Kb.Entities);
        Assert.Null(Kb.Find("no-such-fact"));
    }

    [Fact]
    public void Follows_refs_to_typed_facts()
    {
        var donation = Donations.SalesforceDonationToRaices;

        Assert.True(donation.Recipient == Organizations.Raices);
        Assert.Equal("salesforce", donation.Donor.Value.Id);
        Assert.Equal(new Money(250_000m, "USD", Qualifier.Exact), donation.Amount);
        Assert.Equal(DonationOutcome.Rejected, donation.Outcome);
    }

    [Fact]
    public void Computes_backlinks_at_build_time()
    {
        var backlinks = Kb.ReferencesTo(Organizations.Raices);

        Assert.Contains(backlinks, b => b.From.Id == "salesforce-donation-to-raices" && b.Field == "recipient");
        Assert.All(backlinks, b => Assert.NotNull(Kb.Find(b.From.Id)));
    }

    [Fact]
    public void Keeps_every_fact_with_its_path_and_sources()
    {
        Assert.All(Kb.Facts, fact =>
        {
            Assert.StartsWith("content/", fact.Path, StringComparison.Ordinal);
            Assert.EndsWith(fact.Id + ".md", fact.Path, StringComparison.Ordinal);
            Assert.NotEmpty(fact.Sources);
        });
    }
}
