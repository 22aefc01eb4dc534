using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using FactBase.Tests.Content;

namespace FactBase.Tests.ContentQueries;

/// <summary>
/// The questions a reader would ask of the Reuters article, each answered by a line or two of
/// typed C# over the generated API, with the article's nuance kept: approximate and lower-bound
/// figures, unconfirmed claims and who makes them, names the text leaves out, and inferences.
/// </summary>
public class ArticleQuestionsTests
{
    private static readonly PartialDate March = PartialDate.Parse("--03");
    private static readonly PartialDate June = PartialDate.Parse("--06");

    [Fact]
    public void How_much_did_RAICES_turn_down_from_whom_and_on_what_condition_would_it_have_accepted()
    {
        var donation = Kb.Donations.Single(d => d.Recipient == Organizations.Raices && d.Outcome == DonationOutcome.Rejected);
        var condition = Kb.Statements.Single(s => s.Speaker == Organizations.Raices && s.RefersTo.Contains(donation));

        Assert.Equal(new Money(250_000m, "USD", Qualifier.Exact), donation.Amount);
        Assert.Same(Organizations.Salesforce, donation.Donor.Value);
        Assert.Contains("donor", donation.Inferred); // the text has "a $250,000 donation from Inc"
        Assert.Contains("unless", condition.Summary?.Plain, StringComparison.Ordinal);
        Assert.Contains(Contracts.SalesforceCbpContract, condition.RefersTo.Values());
        Assert.Same(Contracts.SalesforceCbpContract, donation.Protesting?.Value);
        Assert.Equal(EventWeekday.Thursday, donation.Weekday);
        Assert.Empty(donation.Dates); // a weekday, never a date
    }

    [Fact]
    public void Which_figures_does_the_article_leave_unconfirmed_and_who_states_them()
    {
        var unconfirmed = Kb.CitationsWith(CitationStatus.Unconfirmed).ToList();

        var (fact, citation) = Assert.Single(unconfirmed);
        var claim = Assert.IsType<Claim>(fact);
        Assert.Equal(new Money(40_000_000m, "USD", Qualifier.About), claim.Value);
        Assert.True(claim.Value?.IsApproximate);
        Assert.Same(Groups.Activists, citation.By?.Value);
        Assert.Equal([claim], Kb.ClaimedBy(Groups.Activists, CitationStatus.Unconfirmed));
        Assert.Same(Contracts.SalesforceCbpContract, claim.RefersTo.Single().Value);
        var answer = Kb.Statements.Single(s => s.RefersTo.Contains(claim));
        Assert.Equal((StatementResponse.NeitherConfirmedNorDenied, "salesforce"), (answer.Response, answer.Speaker.Id));
    }

    [Fact]
    public void What_did_Jonathan_Ryan_say_and_when_and_to_whom()
    {
        var said = Kb.Quotes.Single(q => q.Speaker == People.JonathanRyan);
        var role = Kb.Roles.Single(r => r.Holder == People.JonathanRyan);

        Assert.Equal("It’s not acceptable to us that a corporation washes its hands of its sin by doling out a few tokens to those who work against it", said.Text);
        Assert.Same(Organizations.Reuters, said.Told?.Value);
        Assert.Equal(EventWeekday.Wednesday, said.Weekday);
        Assert.Empty(said.Dates);
        Assert.Equal(("Executive Director", "raices"), (role.Title, role.Of.Id));
        Assert.Contains("refers-to", said.Inferred); // the quote does not name the donation
    }

    [Fact]
    public void Which_organizations_does_the_article_connect_to_CBP_and_how()
    {
        var cbp = Organizations.Cbp;

        var direct = Kb.LinksOf(cbp).Where(l => l.Other is Organization).Select(l => l.ToString());
        var throughAnother = from first in Kb.LinksOf(cbp)
                             where first.Other is not Organization
                             from second in Kb.LinksOf(first.Other)
                             where second.Other is Organization && second.Other != cbp
                             select $"{first} {second}";
        var protesters = Kb.Donations.Where(d => d.Protesting is { } contract && contract.Value.Client == cbp).Select(d => d.Recipient.Value);

        Assert.Equal(["-parent-> dhs"], direct);
        Assert.Equal(["<-client- salesforce-cbp-contract -contractor-> salesforce"], throughAnother);
        Assert.Equal([Organizations.Raices], protesters);
    }

    [Fact]
    public void What_happened_before_June_and_what_after()
    {
        static bool Later(Link l) => l is { Field: "after", Direction: LinkDirection.Incoming } or { Field: "before", Direction: LinkDirection.Outgoing };
        static bool Earlier(Link l) => l is { Field: "before", Direction: LinkDirection.Incoming } or { Field: "after", Direction: LinkDirection.Outgoing };
        var inJune = Kb.During(June).ToList();

        Assert.Equal([Contracts.SalesforceCbpContract], Kb.Before(June)); // by date: announced in March
        Assert.Empty(Kb.After(June)); // the article dates nothing after June...
        Assert.Equal(["june-outrage", "zero-tolerance-policy-revelation"], inJune.Select(f => f.Id));
        Assert.Equal([Petitions.SalesforceEmployeePetition, DonationPlans.SalesforceDonationPlan], Kb.Reachable(Events.JuneOutrage, Later)); // ...but orders these after it
        Assert.Equal(
            ["salesforce-cbp-contract", "zero-tolerance-policy-implementation", "zero-tolerance-policy-announcement"],
            inJune.SelectMany(e => Kb.Reachable(e, Earlier)).Select(f => f.Id));
    }

    [Fact]
    public void What_happened_in_March_and_in_which_year()
    {
        var inMarch = Kb.During(March).ToList();
        var years = Kb.Facts.SelectMany(f => f.Dates).Where(d => d.Date.HasYear);

        var contract = Assert.IsType<Contract>(Assert.Single(inMarch));
        Assert.Equal(new FactDate("announced", March), contract.Dates.Single());
        Assert.Equal(DatePrecision.Month, contract.Announced?.Precision);
        Assert.Empty(years); // the article gives months, never a year...
        Assert.Empty(Kb.AsOf(PartialDate.Parse("2018-12-31"))); // ...so no year-dated question finds them
    }

    [Fact]
    public void What_had_happened_as_of_June_and_between_March_and_June()
    {
        string[] expected = ["salesforce-cbp-contract", "june-outrage", "zero-tolerance-policy-revelation"];

        Assert.Equal(expected, Kb.AsOf(June).Select(f => f.Id));
        Assert.Equal(expected, Kb.During(March, June).Select(f => f.Id));
        Assert.Equal(["salesforce-cbp-contract"], Kb.AsOf(March).Select(f => f.Id));
    }

    [Fact]
    public void How_big_is_RAICES_and_how_exact_is_that()
    {
        var raices = Organizations.Raices;

        Assert.Equal(new Quantity(130m, Qualifier.About, "immigration defense lawyers and supporters"), raices.Size);
        Assert.True(raices.Size?.IsApproximate);
        Assert.Equal((OrganizationCategory.Nonprofit, "Texas"), (raices.Category, raices.BasedIn?.Value.Name));
        Assert.Contains("RAICES", raices.Aliases);
    }

    [Fact]
    public void How_many_Salesforce_employees_signed_the_petition_and_what_did_they_ask()
    {
        var petition = Kb.Petitions.Single(p => p.Employers.Contains(Organizations.Salesforce));

        Assert.Equal(new Quantity(600m, Qualifier.MoreThan, null), petition.SignerCount); // a lower bound, not a count
        Assert.Contains("end the contract", petition.Demand?.Plain, StringComparison.Ordinal);
        Assert.Equal([Contracts.SalesforceCbpContract], petition.Contracts.Values());
        Assert.True(petition.After.Contains(Events.JuneOutrage));
        Assert.Contains(Organizations.Salesforce, petition.Workers.Value.Affiliation.Values());
    }

    [Fact]
    public void What_did_Salesforce_plan_to_donate_and_is_the_rejected_donation_part_of_it()
    {
        var plan = Kb.DonationPlans.Single(p => p.Donor == Organizations.Salesforce);

        Assert.Equal(new Money(1_000_000m, "USD", Qualifier.Exact), plan.Amount);
        Assert.Equal("various causes", plan.Beneficiaries?.Plain);
        Assert.Equal([Petitions.SalesforceEmployeePetition], plan.After.Values()); // "Shortly after"
        Assert.Empty(plan.Dates);
        Assert.DoesNotContain(Kb.LinksOf(plan), l => l.Other is Donation); // the article does not say
    }

    [Fact]
    public void Whose_names_does_the_article_leave_out()
    {
        var unknown = Kb.Entities.Where(e => e.NameStatus == EntityNameStatus.Unknown).ToList();
        var unnamed = Kb.Entities.Where(e => e.NameStatus == EntityNameStatus.Unnamed).Select(e => e.Id);

        var lost = Assert.Single(unknown);
        Assert.Null(lost.Name);
        Assert.Contains(lost, Kb.EmployeePushbacks.SelectMany(p => p.Employers.Values()));
        Assert.Equal(["activists", "other-tech-company-workers", "salesforce-employees", "salesforce-spokeswoman"], unnamed.Order());
        Assert.All(Kb.Entities, e => Assert.Equal(e.Name is null, e.NameStatus is EntityNameStatus.Unknown or EntityNameStatus.Unnamed));
    }

    [Fact]
    public void What_does_the_article_leave_to_inference_and_does_each_fact_say_so()
    {
        var inferred = Kb.Facts.Select(f => (Fact: f, Fields: InferredFields(f))).Where(x => x.Fields.Count > 0).ToList();

        Assert.Contains(inferred, x => x.Fact == Donations.SalesforceDonationToRaices && x.Fields.Contains("donor"));
        Assert.Contains(inferred, x => x.Fact == Statements.SalesforceRespectsRaicesDecision && x.Fields.Contains("speaker"));
        Assert.Contains(inferred, x => x.Fact == Roles.MarcBenioffChiefExecutiveOfSalesforce && x.Fields.Contains("of"));
        Assert.All(inferred, x => Assert.Contains("infer", x.Fact.Body.Text, StringComparison.Ordinal));
        Assert.All(inferred.SelectMany(x => x.Fields.Select(field => (x.Fact, Field: field))), x => Assert.True(HasValue(x.Fact, x.Field), $"{x.Fact.Id} marks '{x.Field}' inferred but gives it no value"));
    }

    [Fact]
    public void Who_reported_edited_and_published_the_article_and_which_facts_rest_on_it()
    {
        var article = Sources.ReutersRaicesRejectsSalesforceDonation;

        Assert.Equal(["Joseph Menn"], article.Reporters.Values().Select(p => p.Name));
        Assert.Equal(["Grant McCool", "Bill Rigby"], article.Editors.Values().Select(p => p.Name));
        Assert.Equal(("Reuters", "San Francisco", "U.S. News"), (article.Publisher.Value.Name, article.Dateline?.Value.Name, article.Section));
        Assert.Equal(Kb.Facts, Kb.CitingSource(article));
        Assert.All(Kb.Facts, f => Assert.Equal([article], Kb.SourcesOf(f)));
        Assert.Equal([Claims.ActivistsContractValueClaim], Kb.CitingSource(article, CitationStatus.Unconfirmed));
    }

    [Fact]
    public void Whose_workers_pushed_back_before_Salesforces_and_against_what()
    {
        var earlier = Kb.EmployeePushbacks.Single(p => p.Before.Contains(Petitions.SalesforceEmployeePetition));

        Assert.Equal(["google", "microsoft", "unknown-tech-company"], earlier.Employers.Select(e => e.Id));
        Assert.Same(Organizations.Alphabet, Organizations.Google.Parent?.Value);
        Assert.Equal("To ditch controversial federal contracts.", earlier.Demand?.Plain);
        Assert.Empty(earlier.Contracts); // the article names none
        Assert.Contains("before", earlier.Inferred); // "the latest": that Salesforce's push is the petition is inferred
    }

    [Fact]
    public void What_did_Salesforce_and_its_spokeswoman_say_and_what_did_she_point_to()
    {
        var respected = Kb.Statements.Single(s => s.Speaker == Organizations.Salesforce && s.RefersTo.Contains(Donations.SalesforceDonationToRaices));
        var declined = Kb.Statements.Single(s => s.Response == StatementResponse.DeclinedToAnswer);
        var pointedTo = Assert.IsType<Statement>(declined.RefersTo.Single().Value);
        var ceo = Kb.Roles.Single(r => r.Holder == pointedTo.Speaker.Value);

        Assert.Contains("respected the decision by RAICES", respected.Summary?.Plain, StringComparison.Ordinal);
        Assert.Contains("speaker", respected.Inferred); // "San Francisco-based, which specializes..."
        Assert.Same(People.SalesforceSpokeswoman, declined.Speaker.Value);
        Assert.True(pointedTo.Before.Contains(declined)); // "earlier comments"
        Assert.Equal("The company does not work on separation of families.", pointedTo.Summary?.Plain);
        Assert.Equal(("Marc Benioff", "Chief Executive", "salesforce"), (ceo.Holder.Value.Name, ceo.Title, ceo.Of.Id));
        Assert.Contains("of", ceo.Inferred);
    }

    [Fact]
    public void What_does_the_contract_cover_and_who_are_the_parties()
    {
        var contract = Kb.Contracts.Single(c => c.Client == Organizations.Cbp);

        Assert.Equal(("salesforce", "dhs"), (contract.Contractor.Id, contract.Client.Value.Parent?.Id));
        Assert.Equal(["help with recruiting Customs and Border Protection employees", "managing the agency’s communications with the public"], contract.Scope);
        Assert.Equal(OrganizationCategory.GovernmentAgency, contract.Client.Value.Category);
        Assert.True(contract.Before.Contains(Events.JuneOutrage)); // "inked before outrage erupted in June"
    }

    [Fact]
    public void What_did_the_zero_tolerance_policy_do_and_in_what_order()
    {
        var policy = Kb.Policies.Single(p => p.Name == "zero tolerance");
        var steps = Kb.PolicyActions.Where(a => a.Policy == policy).ToDictionary(a => a.Action);
        var separations = Kb.FamilySeparations.Single(s => s.Policy.Is(policy));

        Assert.Equal(People.DonaldTrump, policy.SetBy.Value.HeadedBy?.Value);
        Assert.True(steps[PolicyActionAction.Announced].Before.Contains(steps[PolicyActionAction.Implemented]));
        Assert.Equal(
            [steps[PolicyActionAction.Implemented], Events.ZeroTolerancePolicyRevelation],
            Kb.Reachable(steps[PolicyActionAction.Announced], l => l is { Field: "before", Direction: LinkDirection.Outgoing }));
        Assert.Equal("Mexico", separations.CrossingFrom?.Value.Name);
        Assert.True(Events.JuneOutrage.TriggeredBy.Contains(Events.ZeroTolerancePolicyRevelation));
        Assert.Contains("triggered-by", Events.JuneOutrage.Inferred);
    }

    [Fact]
    public void Who_spoke_of_tokens_and_which_facts_rest_on_the_words_zero_tolerance()
    {
        var tokens = Kb.Search("a few tokens").OfType<Quote>().Single();
        var straightApostrophe = Kb.SearchQuotes("It's not acceptable to us").Select(c => c.Fact);
        var zeroTolerance = Kb.SearchQuotes("zero tolerance").Select(c => c.Fact.Id).Distinct();

        Assert.Same(People.JonathanRyan, tokens.Speaker.Value);
        Assert.Equal([tokens], straightApostrophe);
        Assert.Equal(
            ["june-outrage", "trump-administration", "zero-tolerance-family-separations", "zero-tolerance-policy", "zero-tolerance-policy-announcement", "zero-tolerance-policy-implementation", "zero-tolerance-policy-revelation"],
            zeroTolerance);
    }

    [Fact]
    public void Who_speaks_in_the_article_and_how()
    {
        var bySpeaker = Kb.OfKind<Statement>().ToLookup(s => s.Speaker.Id, s => s.Response);

        Assert.Equal(["activists", "jonathan-ryan", "marc-benioff", "raices", "salesforce", "salesforce-spokeswoman"], bySpeaker.Select(g => g.Key).Order());
        Assert.Equal([StatementResponse.Said, StatementResponse.NeitherConfirmedNorDenied], bySpeaker["salesforce"].Order());
        Assert.Equal([StatementResponse.DeclinedToAnswer], bySpeaker["salesforce-spokeswoman"]);
        Assert.Equal(Kb.Statements.Count, Kb.OfKind<Statement>().Count());
        Assert.Contains(Quotes.JonathanRyanQuote, Kb.Statements); // quotes and claims are statements too
    }

    [Fact]
    public void Who_holds_which_position()
    {
        var positions = Kb.Roles.Select(r => $"{r.Holder.Value.Name ?? r.Holder.Id}: {r.Title} of {r.Of.Value.Name}").Order();

        Assert.Equal(
            ["Donald Trump: President of U.S.", "Jonathan Ryan: Executive Director of Refugee and Immigrant Center for Education and Legal Services", "Marc Benioff: Chief Executive of Salesforce", "salesforce-spokeswoman: spokeswoman of Salesforce"],
            positions);
    }

    /// <summary>The fields a fact marks as inferred from context: every kind with an 'inferred' field has it as a list of field names.</summary>
    private static IReadOnlyList<string> InferredFields(Fact fact) => fact switch
    {
        Event e => e.Inferred,
        Entity e => e.Inferred,
        Role r => r.Inferred,
        Policy p => p.Inferred,
        _ => [],
    };

    private static bool HasValue(Fact fact, string field)
    {
        var property = fact.GetType().GetProperty(Pascal(field), BindingFlags.Public | BindingFlags.Instance);
        return property?.GetValue(fact) switch
        {
            null => false,
            string s => s.Length > 0,
            IEnumerable list => list.Cast<object>().Any(),
            _ => true,
        };
    }

    private static string Pascal(string kebab) => string.Concat(kebab.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
