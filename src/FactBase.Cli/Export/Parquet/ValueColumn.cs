using System;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>A column of numbers, booleans or days; null where a fact leaves the field out.</summary>
internal sealed class ValueColumn<T>(DataField dataField) : Column
    where T : struct
{
    private T?[] _cells = new T?[256];
    private int _count;

    public override Field Field => dataField;

    public void Add(T? value)
    {
        if (_count == _cells.Length)
        {
            Array.Resize(ref _cells, _cells.Length * 2);
        }

        _cells[_count++] = value;
    }

    public override async Task WriteAsync(ParquetRowGroupWriter group)
    {
        await group.WriteAsync<T>(dataField, _cells.AsMemory(0, _count)).ConfigureAwait(false);
        _count = 0;
    }
}
