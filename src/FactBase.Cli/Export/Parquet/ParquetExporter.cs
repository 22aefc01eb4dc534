using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>
/// The knowledge base as Parquet files, for SQL engines (DuckDB, Spark, Trino): in a new folder,
/// <c>facts/&lt;kind&gt;.parquet</c> for every kind (empty for a kind with no facts of its own),
/// <c>links.parquet</c> (from, field, to) for every ref a field makes, and
/// <c>citations.parquet</c> (fact, source, quote, status, by, note). Facts are read once, in id
/// order, and the tables write row groups as they fill (<see cref="RowBudget"/>): memory holds
/// a bounded number of rows, not the export.
/// </summary>
internal static class ParquetExporter
{
    public const string FactsFolder = "facts";

    public static void Write(KnowledgeBaseModel model, KindSchema schema, string folder, TextWriter error, RowBudget? budget = null)
    {
        var decimals = new DecimalGuard(error);
        budget ??= new RowBudget();
        Directory.CreateDirectory(Path.Combine(folder, FactsFolder));
        var kinds = new Dictionary<string, KindTable>(StringComparer.Ordinal);
        var links = new TextColumn[] { new("from", nullable: false), new("field", nullable: false), new("to", nullable: false) };
        var citations = new TextColumn[]
        {
            new("fact", nullable: false), new("source", nullable: false), new("quote"), new("status", nullable: false), new("by"), new("note"),
        };
        try
        {
            foreach (var kind in schema.Kinds)
            {
                kinds[kind.Id] = new KindTable(Path.Combine(folder, FactsFolder, kind.Id + ".parquet"), schema.AllFields(kind.Id), decimals, budget);
            }

            using var linkTable = new ParquetTable(Path.Combine(folder, "links.parquet"), links, budget);
            using var citationTable = new ParquetTable(Path.Combine(folder, "citations.parquet"), citations, budget);
            foreach (var fact in model.Facts)
            {
                decimals.CurrentFact = fact.Id;
                if (kinds.TryGetValue(fact.Kind, out var table))
                {
                    table.Add(fact);
                }

                foreach (var (field, target) in Refs(fact))
                {
                    links[0].Add(fact.Id);
                    links[1].Add(field);
                    links[2].Add(target);
                    linkTable.EndRow();
                }

                foreach (var citation in fact.Sources)
                {
                    citations[0].Add(fact.Id);
                    citations[1].Add(citation.Source.Id);
                    citations[2].Add(citation.Quote);
                    citations[3].Add(ExportNames.Status(citation.Status));
                    citations[4].Add(citation.By?.Id);
                    citations[5].Add(citation.Note);
                    citationTable.EndRow();
                }
            }
        }
        finally
        {
            foreach (var table in kinds.Values)
            {
                table.Dispose();
            }
        }
    }

    /// <summary>The refs a fact's fields make, in field order and list order.</summary>
    private static IEnumerable<(string Field, string Target)> Refs(FactModel fact) =>
        fact.Fields.SelectMany(field => field.Value switch
        {
            RefValue single => [(field.Name, single.Id)],
            ListValue list => list.Items.OfType<RefValue>().Select(r => (field.Name, r.Id)),
            _ => Enumerable.Empty<(string, string)>(),
        });
}
