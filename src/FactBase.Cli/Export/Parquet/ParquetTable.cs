using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Parquet;
using Parquet.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>
/// A Parquet file written a row group at a time: the columns fill row by row, and every
/// <see cref="RowGroupRows"/> rows (or sooner, when the export's <see cref="RowBudget"/> is
/// spent) they go to the file and are emptied, so a table holds one row group at most whatever
/// the export's size.
/// </summary>
internal sealed class ParquetTable : IDisposable
{
    public const int RowGroupRows = 10_000;

    private readonly IReadOnlyList<Column> _columns;
    private readonly FileStream _file;
    private readonly ParquetWriter _writer;
    private readonly RowBudget _budget;
    private int _rows;

    public ParquetTable(string path, IReadOnlyList<Column> columns, RowBudget budget)
    {
        _columns = columns;
        _budget = budget;
        budget.Register(this);
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite);
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => c.Field).ToArray()), _file).GetAwaiter().GetResult();
    }

    /// <summary>The rows filled and not yet written.</summary>
    public int BufferedRows => _rows;

    /// <summary>Every column has its cell for the row: count it, and write the row group when it is full.</summary>
    public void EndRow()
    {
        if (++_rows == RowGroupRows)
        {
            WriteRowGroup();
        }

        _budget.RowAdded();
    }

    public void Dispose()
    {
        if (_rows > 0)
        {
            WriteRowGroup();
        }

        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _file.Dispose();
    }

    public void WriteRowGroup()
    {
        using var group = _writer.CreateRowGroup();
        foreach (var column in _columns)
        {
            column.WriteAsync(group).GetAwaiter().GetResult();
        }

        _rows = 0;
    }
}
