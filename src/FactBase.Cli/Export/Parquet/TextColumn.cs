using System.Collections.Generic;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>A column of UTF-8 strings; null where a fact leaves the field out.</summary>
internal sealed class TextColumn(string name, bool nullable = true) : Column
{
    private readonly DataField<string> _field = new(name, nullable);
    private readonly List<string?> _cells = [];

    public override Field Field => _field;

    public void Add(string? text) => _cells.Add(text);

    public override async Task WriteAsync(ParquetRowGroupWriter group)
    {
        await group.WriteAsync(_field, _cells!).ConfigureAwait(false);
        _cells.Clear();
    }
}
