using System.Collections.Generic;

namespace FactBase.Tests.Querying;

/// <summary>The runtime's queries over a small hand-built knowledge base, edge cases included.</summary>
public class KnowledgeBaseQueryTests
{
    private readonly KnowledgeBase _kb;

    public KnowledgeBaseQueryTests()
    {
        KnowledgeBase? kb = null;
        Ref<Fact> R(string id) => new(id, kb!);
        var facts = new List<Fact>
        {
            new Thing { Id = "article", Body = new FactBody("It’s  the\narticle.") },
            new Thing { Id = "agency", ReferencedBy = [new Backlink(R("deal"), "client")] },
            new Thing { Id = "department", ReferencedBy = [new Backlink(R("agency"), "parent")] },
            new Thing { Id = "company", ReferencedBy = [new Backlink(R("deal"), "contractor")] },
            new Thing
            {
                Id = "deal",
                Dates = [new FactDate("announced", PartialDate.Parse("--03"))],
                Sources = [new Citation(R("article"), "the deal, worth about $40 million", CitationStatus.Unconfirmed, R("activists"), null)],
                ReferencedBy = [new Backlink(R("petition"), "after")],
            },
            new Thing { Id = "activists" },
            new Thing { Id = "petition", Dates = [new FactDate("on", PartialDate.Parse("--06-21"))], ReferencedBy = [new Backlink(R("plan"), "after")] },
            new Thing { Id = "plan" },
            new Thing { Id = "year", Dates = [new FactDate("on", PartialDate.Parse("2018"))], Sources = [new Citation(R("article"), "in 2018", CitationStatus.Reported, null, null)] },
            new Thing { Id = "may-day", Dates = [new FactDate("on", PartialDate.Parse("2018-05-01"))] },
        };
        _kb = kb = new KnowledgeBase(() => facts);
    }

    [Fact]
    public void Links_run_both_ways_from_backlinks_alone()
    {
        var links = _kb.LinksOf(_kb.Get<Fact>("agency")).Select(l => l.ToString());

        Assert.Equal(["-parent-> department", "<-client- deal"], links);
        Assert.Equal(["-client-> agency", "-contractor-> company", "<-after- petition"], _kb.LinksOf(_kb.Get<Fact>("deal")).Select(l => l.ToString()));
    }

    [Fact]
    public void Reachable_follows_only_the_links_it_is_told_to_nearest_first_and_never_returns_the_start()
    {
        var later = _kb.Reachable(_kb.Get<Fact>("deal"), l => l is { Field: "after", Direction: LinkDirection.Incoming });
        var everything = _kb.Reachable(_kb.Get<Fact>("agency"), _ => true);

        Assert.Equal(["petition", "plan"], later.Select(f => f.Id));
        Assert.Equal(["department", "deal", "company", "petition", "plan"], everything.Select(f => f.Id));
    }

    [Fact]
    public void Time_queries_compare_yearless_dates_only_with_yearless_dates()
    {
        var june = PartialDate.Parse("--06");

        Assert.Equal(["deal"], _kb.Before(june).Select(f => f.Id));
        Assert.Equal(["deal", "petition"], _kb.AsOf(june).Select(f => f.Id));
        Assert.Equal(["petition"], _kb.During(june).Select(f => f.Id));
        Assert.Empty(_kb.After(june));
        Assert.DoesNotContain(_kb.AsOf(PartialDate.Parse("2018-12-31")), f => f.Id is "deal" or "petition");
    }

    [Fact]
    public void Time_queries_match_only_what_every_day_of_a_coarse_date_agrees_with()
    {
        Assert.Equal(["may-day"], _kb.AsOf(PartialDate.Parse("2018-06")).Select(f => f.Id));
        Assert.Equal(["year", "may-day"], _kb.AsOf(PartialDate.Parse("2018-12")).Select(f => f.Id));
        Assert.Equal(["year", "may-day"], _kb.During(PartialDate.Parse("2018")).Select(f => f.Id));
        Assert.Equal(["may-day"], _kb.During(PartialDate.Parse("2018-04"), PartialDate.Parse("2018-06")).Select(f => f.Id));
        Assert.DoesNotContain(_kb.Before(PartialDate.Parse("2018-06")), f => f.Id == "year");
    }

    [Fact]
    public void Provenance_finds_sources_claims_and_claimants_by_status()
    {
        var deal = _kb.Get<Fact>("deal");
        var activists = _kb.Get<Fact>("activists");

        Assert.Equal(["article"], _kb.SourcesOf(deal).Select(f => f.Id));
        Assert.Empty(_kb.SourcesOf(deal, CitationStatus.Confirmed));
        Assert.Equal(["deal"], _kb.ClaimedBy(activists).Select(f => f.Id));
        Assert.Empty(_kb.ClaimedBy(activists, CitationStatus.Reported));
        var unconfirmed = Assert.Single(_kb.CitationsWith(CitationStatus.Unconfirmed));
        Assert.Equal(("deal", "activists"), (unconfirmed.Fact.Id, unconfirmed.Citation.By?.Id));
        Assert.Equal(["deal", "year"], _kb.CitingSource(_kb.Get<Fact>("article")).Select(f => f.Id));
    }

    [Theory]
    [InlineData("it's the article")]
    [InlineData("IT’S THE")]
    [InlineData("about $40\n million")]
    public void Search_ignores_case_typographic_quotes_and_whitespace_layout(string text) =>
        Assert.NotEmpty(_kb.Search(text));

    [Fact]
    public void Search_quotes_returns_the_citations_that_hold_the_words()
    {
        var hit = Assert.Single(_kb.SearchQuotes("$40 million"));

        Assert.Equal("deal", hit.Fact.Id);
        Assert.Empty(_kb.SearchQuotes("the article"));
        Assert.Throws<ArgumentException>(() => _kb.Search("  "));
    }

    private sealed class Thing : Fact
    {
        [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
        public Thing()
        {
            Id = string.Empty;
            Kind = "thing";
            Path = "content/thing.md";
        }
    }
}
