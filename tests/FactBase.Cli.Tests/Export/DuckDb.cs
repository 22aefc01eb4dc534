using System;
using System.Collections.Generic;
using System.Linq;
using DuckDB.NET.Data;

namespace FactBase.Cli.Tests.Export;

/// <summary>DuckDB, embedded, reading an export's Parquet files: each query's rows as arrays of cells (DBNull as null).</summary>
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public DuckDb(string folder)
    {
        _connection.Open();
        // Views named after the files, so that queries read as SQL over tables.
        Execute($"CREATE VIEW links AS SELECT * FROM read_parquet('{folder}/links.parquet')");
        Execute($"CREATE VIEW citations AS SELECT * FROM read_parquet('{folder}/citations.parquet')");
        Execute($"CREATE VIEW facts AS SELECT * FROM read_parquet('{folder}/facts/*.parquet', union_by_name = true, filename = true)");
        foreach (var file in System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(folder, "facts")))
        {
            Execute($"CREATE VIEW \"{System.IO.Path.GetFileNameWithoutExtension(file)}\" AS SELECT * FROM read_parquet('{file}')");
        }
    }

    public List<object?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return rows;
    }

    /// <summary>The column types of a query's result, as DuckDB names them: <c>DECIMAL(38,18)</c>, <c>DATE</c>.</summary>
    public List<(string Name, string Type)> Describe(string sql) =>
        Rows("DESCRIBE " + sql).Select(r => ((string)r[0]!, (string)r[1]!)).ToList();

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
