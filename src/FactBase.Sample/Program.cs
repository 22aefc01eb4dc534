// A briefing on the shipped article, every line a typed query over the generated API.
using System;
using System.Linq;
using FactBase;
using FactBase.Sample.Content;

var article = Sources.ReutersRaicesRejectsSalesforceDonation;
Console.WriteLine($"{article.Title} ({article.Publisher.Value.Name}, {article.Section})");
Console.WriteLine($"Reporting by {string.Join(", ", article.Reporters.Select(r => r.Value.Name))}; {Kb.Facts.Count} facts from it.");
Console.WriteLine();

// How much did RAICES turn down, from whom, and on what condition would it have accepted?
var donation = Donations.All.Single(d => d.Recipient == Organizations.Raices);
var condition = Statements.All.Single(s => s.RefersTo.Contains(donation) && s.Speaker == Organizations.Raices);
Console.WriteLine($"Donation: {donation.Donor.Value.Name} offered {donation.Amount}; {donation.Recipient.Value.Aliases[0]} {donation.Outcome.ToString().ToLowerInvariant()} it on {donation.Weekday}.");
Console.WriteLine($"  Condition: {condition.Summary}");
if (donation.Inferred.Count > 0)
{
    Console.WriteLine($"  Inferred from context, not stated: {string.Join(", ", donation.Inferred)}.");
}

// What did Jonathan Ryan say, and when and to whom?
var quote = Quotes.All.Single(q => q.Speaker == People.JonathanRyan);
Console.WriteLine($"Quote: \u201c{quote.Text}\u201d ({People.JonathanRyan.Name}, to {quote.Told?.Value.Name} on {quote.Weekday})");

// Which figures does the article leave unconfirmed, and who states them?
foreach (var fact in Kb.WithStatus(CitationStatus.Unconfirmed))
{
    var citation = fact.Sources.First(c => c.Status == CitationStatus.Unconfirmed);
    var figure = fact is Claim { Value: { } value } ? value.ToString() : fact.Body.Summary;
    Console.WriteLine($"Unconfirmed: {figure}, according to {citation.By?.Value.Id ?? "the source"}.");
}

// Which organizations does the article connect to CBP, and how?
Console.WriteLine($"Connected to {Organizations.Cbp.Name}:");
foreach (var link in Kb.ReferencesTo(Organizations.Cbp))
{
    Console.WriteLine($"  {link.From.Id} (through '{link.Field}')");
}

// What happened in June, and what came before and after it?
var outrage = Events.JuneOutrage;
Console.WriteLine($"In {outrage.On}: {outrage.Body.Summary}");
foreach (var earlier in Kb.Events.Where(e => e.Before.Contains(outrage)))
{
    Console.WriteLine($"  before it: {earlier.Id}");
}

foreach (var later in Kb.Events.Where(e => e.After.Contains(outrage)))
{
    Console.WriteLine($"  after it: {later.Id}");
}
