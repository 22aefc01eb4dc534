using System.Collections.Generic;

namespace FactBase.Cli.Export.Parquet;

/// <summary>
/// The rows all tables of an export may hold before writing. A table writes a row group when it
/// has <see cref="ParquetTable.RowGroupRows"/> rows; but with one table per kind, most tables of a
/// large base would fill slowly and hold their rows to the end. So when the tables together hold
/// <see cref="DefaultMaxBufferedRows"/>, the fullest writes its row group: what an export holds
/// stays the same whatever its size or its number of kinds.
/// </summary>
internal sealed class RowBudget(int maxBufferedRows = RowBudget.DefaultMaxBufferedRows)
{
    public const int DefaultMaxBufferedRows = 20_000;

    private readonly List<ParquetTable> _tables = [];
    private int _buffered;

    public void Register(ParquetTable table) => _tables.Add(table);

    /// <summary>A table took a row; when the budget is spent, the fullest table writes its rows.</summary>
    public void RowAdded()
    {
        if (++_buffered < maxBufferedRows)
        {
            return;
        }

        ParquetTable? fullest = null;
        _buffered = 0;
        foreach (var table in _tables)
        {
            _buffered += table.BufferedRows;
            if (fullest is null || table.BufferedRows > fullest.BufferedRows)
            {
                fullest = table;
            }
        }

        if (_buffered >= maxBufferedRows && fullest is not null)
        {
            _buffered -= fullest.BufferedRows;
            fullest.WriteRowGroup();
        }
    }
}
