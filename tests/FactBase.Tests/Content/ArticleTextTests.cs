using System.Collections.Generic;
using System.IO;
using FactBase.Tests.Content;

namespace FactBase.Tests.ContentQueries;

/// <summary>
/// The article's text is the body of its source fact, in the repository; every citation quotes it
/// verbatim, and docs/article-map.md accounts for every sentence of it.
/// </summary>
public class ArticleTextTests
{
    private static readonly Source Article = Sources.ReutersRaicesRejectsSalesforceDonation;

    private static string Text => Article.Body.Text;

    [Fact]
    public void The_source_fact_body_is_the_article_as_written_in_its_file()
    {
        var file = File.ReadAllText(RepoPaths.File(Article.Path)).ReplaceLineEndings("\n");
        var written = file[(file.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];

        Assert.Equal(Words(written), Words(Text));
        Assert.StartsWith("U.S. News", Text, StringComparison.Ordinal);
        Assert.EndsWith("Reporting by Joseph Menn; editing by Grant McCool and Bill Rigby", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_citation_quote_appears_verbatim_in_its_source()
    {
        var quoted = Kb.Facts.SelectMany(f => f.Sources.Where(c => c.Quote is not null).Select(c => (Fact: f, Citation: c))).ToList();

        var missing = quoted.Where(q => !q.Citation.Source.Value.Body.Text.Contains(q.Citation.Quote!, StringComparison.Ordinal))
            .Select(q => $"{q.Fact.Id}: \"{q.Citation.Quote}\"");

        Assert.NotEmpty(quoted);
        Assert.All(quoted, q => Assert.Same(Article, q.Citation.Source.Value));
        Assert.Empty(missing);
    }

    [Fact]
    public void The_map_lists_the_article_sentence_by_sentence_in_order_leaving_nothing_out()
    {
        var rest = Text;
        var at = 0;
        foreach (var (sentence, _) in ArticleMap.Rows)
        {
            var index = Text.IndexOf(sentence, at, StringComparison.Ordinal);
            Assert.True(index >= 0, $"Not in the article, or out of order: \"{sentence}\"");
            at = index + sentence.Length;
            var inRest = rest.IndexOf(sentence, StringComparison.Ordinal);
            rest = rest.Remove(inRest, sentence.Length);
        }

        Assert.True(string.IsNullOrWhiteSpace(rest), $"Sentences the map leaves out: \"{rest.Trim()}\"");
    }

    [Fact]
    public void Every_id_the_map_lists_is_a_fact_and_every_fact_is_mapped()
    {
        var mapped = ArticleMap.Rows.SelectMany(r => r.Ids).ToHashSet();

        var unknown = mapped.Where(id => Kb.Find(id) is null).ToList();
        var unmapped = Kb.Facts.Select(f => f.Id).Where(id => !mapped.Contains(id)).ToList();

        Assert.Empty(unknown);
        Assert.Empty(unmapped);
    }

    [Fact]
    public void The_map_and_the_citations_agree_sentence_by_sentence()
    {
        var disagreements = new List<string>();
        foreach (var (sentence, ids) in ArticleMap.Rows)
        {
            // A fact listed for a sentence cites words of it...
            disagreements.AddRange(ids.Where(id => !Kb.Find(id)!.Sources.Any(c => Overlaps(sentence, c.Quote)))
                .Select(id => $"{id} is listed for, but cites nothing of: \"{sentence}\""));
        }

        // ...and a quote's sentence lists the fact that cites it.
        foreach (var fact in Kb.Facts)
        {
            foreach (var quote in fact.Sources.Select(c => c.Quote).OfType<string>())
            {
                var rows = ArticleMap.Rows.Where(r => Overlaps(r.Sentence, quote)).ToList();
                if (!rows.Any(r => r.Ids.Contains(fact.Id)))
                {
                    disagreements.Add($"{fact.Id} cites \"{quote}\", but no sentence holding it lists {fact.Id}");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    private static bool Overlaps(string sentence, string? quote) =>
        quote is not null && (sentence.Contains(quote, StringComparison.Ordinal) || quote.Contains(sentence, StringComparison.Ordinal));

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
