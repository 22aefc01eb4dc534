// A briefing on the shipped article, every line a typed query over the generated API.
using System;
using System.Linq;
using FactBase;
using FactBase.Sample.Content;

var article = Sources.ReutersRaicesRejectsSalesforceDonation;
Console.WriteLine($"{article.Title} ({article.Publisher.Value.Name}, {article.Section})");
Console.WriteLine($"Reporting by {string.Join(", ", article.Reporters.Values().Select(r => r.Name))}; {Kb.CitingSource(article).Count()} facts cite it.");
Console.WriteLine();

// How much did RAICES turn down, from whom, and on what condition would it have accepted?
var donation = Kb.Donations.Single(d => d.Recipient == Organizations.Raices);
var condition = Kb.Statements.Single(s => s.RefersTo.Contains(donation) && s.Speaker == Organizations.Raices);
Console.WriteLine($"Donation: {donation.Donor.Value.Name} offered {donation.Amount}; {donation.Recipient.Value.Aliases[0]} {donation.Outcome.ToString().ToLowerInvariant()} it on {donation.Weekday}.");
Console.WriteLine($"  Condition: {condition.Summary}");
if (donation.Inferred.Count > 0)
{
    Console.WriteLine($"  Inferred from context, not stated: {string.Join(", ", donation.Inferred)}.");
}

// What did Jonathan Ryan say, and when and to whom?
var quote = Kb.Quotes.Single(q => q.Speaker == People.JonathanRyan);
Console.WriteLine($"Quote: \u201c{quote.Text}\u201d ({People.JonathanRyan.Name}, to {quote.Told?.Value.Name} on {quote.Weekday})");

// Which figures does the article leave unconfirmed, and who states them?
foreach (var (fact, citation) in Kb.CitationsWith(CitationStatus.Unconfirmed))
{
    var figure = fact is Claim { Value: { } value } ? value.ToString() : fact.Body.Summary;
    Console.WriteLine($"Unconfirmed: {figure}, according to {citation.By?.Value.Id ?? "the source"} ({citation.Note}).");
}

// Which organizations does the article connect to CBP, and how?
Console.WriteLine($"Connected to {Organizations.Cbp.Name}:");
foreach (var link in Kb.LinksOf(Organizations.Cbp))
{
    var beyond = Kb.LinksOf(link.Other).Where(l => l.Other is Organization && l.Other != Organizations.Cbp);
    Console.WriteLine($"  {link}{string.Concat(beyond.Select(l => " " + l))}");
}

// What happened before June, and what after? Dates first, then the article's ordering words.
var june = PartialDate.Parse("--06");
Console.WriteLine($"Dated before June: {string.Join(", ", Kb.Before(june).Select(f => $"{f.Id} ({string.Join(", ", f.Dates)})"))}");
Console.WriteLine($"Dated in June: {string.Join(", ", Kb.During(june).Select(f => f.Id))}; dated after: {Kb.After(june).Count()}.");
var later = Kb.Reachable(Events.JuneOutrage, l => l is { Field: "after", Direction: LinkDirection.Incoming } or { Field: "before", Direction: LinkDirection.Outgoing });
Console.WriteLine($"Ordered after the June outrage: {string.Join(" -> ", later.Select(f => f.Id))}");
