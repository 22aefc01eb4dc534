using System;
using System.IO;
using System.Linq;
using FactBase.Cli.Commands;
using FactBase.Cli.Export.Parquet;
using FactBase.Cli.Loading;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests.Export;

/// <summary>The Parquet export of the shipped content, loaded into DuckDB, answers the article's questions in SQL.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "factbase-parquet-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Which_donation_was_rejected_from_whom_for_how_much_and_in_protest_at_what()
    {
        using var sql = Export(RepoPaths.Content);

        var row = Assert.Single(sql.Rows("SELECT id, donor, recipient, amount, amount_currency, amount_qualifier, protesting FROM donation WHERE outcome = 'rejected'"));
        Assert.Equal(["salesforce-donation-to-raices", "salesforce", "raices", 250_000m, "USD", "exact", "salesforce-cbp-contract"], row);
    }

    [Fact]
    public void Which_figure_is_unconfirmed_and_who_claims_it()
    {
        using var sql = Export(RepoPaths.Content);

        var row = Assert.Single(sql.Rows(
            """
            SELECT c.fact, claim.value, claim.value_currency, claim.value_qualifier, c.by, c.note
            FROM citations c JOIN claim ON claim.id = c.fact
            WHERE c.status = 'unconfirmed'
            """));
        Assert.Equal(["activists-contract-value-claim", 40_000_000m, "USD", "about", "activists", "Salesforce would neither confirm nor deny that figure"], row);
    }

    [Fact]
    public void Who_is_part_of_what()
    {
        using var sql = Export(RepoPaths.Content);

        var pairs = sql.Rows("""SELECT "from", field, "to" FROM links WHERE field IN ('part-of', 'parent') ORDER BY "from" """)
            .Select(r => $"{r[0]} -{r[1]}-> {r[2]}");
        Assert.Equal(["cbp -parent-> dhs", "google -parent-> alphabet", "us-border -part-of-> united-states"], pairs);
    }

    [Fact]
    public void What_happened_in_June_and_what_was_announced_in_March()
    {
        using var sql = Export(RepoPaths.Content);

        var june = sql.Rows("""SELECT id, on_precision, on_earliest FROM facts WHERE "on" = '--06' ORDER BY id""");
        Assert.Equal([["june-outrage", "month", null], ["zero-tolerance-policy-revelation", "month", null]], june);
        var march = sql.Rows("SELECT id FROM contract WHERE announced = '--03'").Select(r => r[0]);
        Assert.Equal(["salesforce-cbp-contract"], march);
    }

    [Fact]
    public void Columns_are_typed_decimals_days_and_lists_in_order()
    {
        using var sql = Export(ExportRun.HostileContent);

        var types = sql.Describe($"SELECT * FROM read_parquet('{_scratch}/facts/note.parquet')").ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal("DECIMAL(38,18)", types["budget"]);
        Assert.Equal("DATE", types["when_earliest"]);
        Assert.Equal("VARCHAR[]", types["see"]);
        Assert.Equal("INTEGER[]", types["counts"]);
        var row = Assert.Single(sql.Rows($"SELECT see, counts, days, when_earliest, when_latest, figure FROM read_parquet('{_scratch}/facts/note.parquet') WHERE id = 'quotes-and-backslashes'"));
        Assert.Equal(["line-breaks", "non-ascii", "line-breaks"], ((System.Collections.IEnumerable)row[0]!).Cast<object>());
        Assert.Equal([3, 1, 2, 1], ((System.Collections.IEnumerable)row[1]!).Cast<object>());
        Assert.Equal(["2020", "2020-02", "2020-02-29", "--12-31"], ((System.Collections.IEnumerable)row[2]!).Cast<object>());
        Assert.Null(row[3]); // --02: no year, so no day in the calendar
        Assert.Equal(0.000000000000000001m, row[5]);
        var dated = Assert.Single(sql.Rows($"SELECT when_precision, when_earliest, when_latest FROM read_parquet('{_scratch}/facts/note.parquet') WHERE id = 'line-breaks'"));
        Assert.Equal(["day", new DateOnly(1999, 12, 31), new DateOnly(1999, 12, 31)], dated.Select(Day));
    }

    [Fact]
    public void Every_hostile_string_reads_back_exactly_and_a_figure_too_large_is_named_not_mangled()
    {
        var (code, error) = Run(ExportRun.HostileContent);
        using var sql = new DuckDb(_scratch);

        Assert.Equal(ExitCodes.Success, code);
        var title = sql.Rows($"SELECT title, figure FROM read_parquet('{_scratch}/facts/note.parquet') WHERE id = 'line-breaks'").Single();
        Assert.Equal("line\nfeed, carriage\rreturn, crlf\r\n, tab\t, ls\u2028, ps\u2029, nel\u0085, ff\f, bs\b, bell\a, esc\u001b, del\u007f, nbsp\u00a0end", title[0]);
        Assert.Null(title[1]);
        Assert.Contains("line-breaks: the figure 99999999999999999999999 does not fit a DECIMAL(38, 18) column", error, StringComparison.Ordinal);
        var names = sql.Rows($"SELECT title, figure FROM read_parquet('{_scratch}/facts/note.parquet') WHERE id = 'non-ascii'").Single();
        Assert.Equal("Zoë Ångström, 中文, Ελληνικά, العربية, emoji 😀👍🏽, combining é, and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", names[0]);
        Assert.Null(names[1]); // 19 places: rounded, it would be 0
        Assert.Contains("non-ascii: the figure 0.0000000000000000001 does not fit", error, StringComparison.Ordinal);
        var quote = sql.Rows("""SELECT quote, status, "by", note FROM citations WHERE fact = 'quotes-and-backslashes' """).Single();
        Assert.Equal(["a \"verbatim\" quote \\ with a backslash", "disputed", "non-ascii", "a note > with < angle brackets"], quote);
    }

    [Fact]
    public void Every_kind_has_its_file_even_with_no_facts_of_its_own()
    {
        using var sql = Export(RepoPaths.Content);

        var kinds = Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "kinds"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Path.Combine(_scratch, "facts")).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(kinds, files);
        Assert.Equal(0L, sql.Rows($"SELECT count(*) FROM read_parquet('{_scratch}/facts/entity.parquet')").Single()[0]);
        Assert.Equal(49L, sql.Rows("SELECT count(*) FROM facts").Single()[0]);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_with_exit_code_2_and_left_as_it_was()
    {
        Directory.CreateDirectory(_scratch);
        var kept = Path.Combine(_scratch, "links.parquet");
        File.WriteAllText(kept, "not mine to overwrite");

        var (code, error) = Run(RepoPaths.Content);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);
        Assert.Equal("not mine to overwrite", File.ReadAllText(kept));
        Assert.Single(Directory.EnumerateFileSystemEntries(_scratch));
    }

    [Fact]
    public void A_file_for_a_folder_or_no_folder_at_all_is_a_usage_error()
    {
        Directory.CreateDirectory(_scratch);
        var file = Path.Combine(_scratch, "a-file");
        File.WriteAllText(file, "x");

        Assert.Equal(ExitCodes.UsageError, ExportRun.Run(RepoPaths.Content, ExportFormat.Parquet, folder: file).Code);
        Assert.Equal("x", File.ReadAllText(file));
        var (code, _, error) = ExportRun.Run(RepoPaths.Content, ExportFormat.Parquet);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--output", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, ExportRun.Run(RepoPaths.Content, ExportFormat.Nt, folder: Path.Combine(_scratch, "new")).Code);
        Assert.False(Directory.Exists(Path.Combine(_scratch, "new")));
    }

    [Fact]
    public void An_empty_folder_is_written_into()
    {
        Directory.CreateDirectory(_scratch);

        var (code, _) = Run(RepoPaths.Content);

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(_scratch, "citations.parquet")));
    }

    [Fact]
    public void Tables_that_write_their_row_groups_early_hold_the_same_rows()
    {
        var whole = Path.Combine(_scratch, "whole");
        var early = Path.Combine(_scratch, "early");
        var content = LoadedContent.Load(RepoPaths.Content, ReadOptions.Default, TextWriter.Null, TerminalInfo.Plain)!;

        ParquetExporter.Write(content.Model, content.Schema, whole, TextWriter.Null);
        ParquetExporter.Write(content.Model, content.Schema, early, TextWriter.Null, new RowBudget(maxBufferedRows: 7));

        using var sql = new DuckDb(whole);
        foreach (var table in new[] { "links.parquet", "citations.parquet", "facts/organization.parquet" })
        {
            var groups = sql.Rows($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{early}/{table}')").Single()[0];
            Assert.True((long)groups! > 1, $"{table}: {groups} row group");
            Assert.Empty(sql.Rows($"(FROM '{whole}/{table}' EXCEPT ALL FROM '{early}/{table}') UNION ALL (FROM '{early}/{table}' EXCEPT ALL FROM '{whole}/{table}')"));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    private static object? Day(object? cell) => cell is DateTime time ? DateOnly.FromDateTime(time) : cell;

    private DuckDb Export(string content)
    {
        var (code, error) = Run(content);
        Assert.True(code == ExitCodes.Success, error);
        return new DuckDb(_scratch);
    }

    private (int Code, string Error) Run(string content)
    {
        var (code, output, error) = ExportRun.Run(content, ExportFormat.Parquet, folder: _scratch);
        Assert.Empty(output);
        return (code, error);
    }
}
