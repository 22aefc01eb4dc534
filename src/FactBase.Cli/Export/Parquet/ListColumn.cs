using System.Collections.Generic;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>
/// A column of lists, in Parquet's LIST layout, order kept. A list field left out is an empty
/// list, as it is in C#. The cells are written as Parquet stores them: the items one after the
/// other, with a repetition level (0 starts a row's list, 1 continues it) and a definition level
/// (an item, or an empty list) for each.
/// </summary>
internal sealed class ListColumn<T>(string name, DataField item) : Column
    where T : struct
{
    private readonly ListField _field = new(name, item);
    private readonly List<T> _items = [];
    private readonly List<int> _repetitions = [];
    private readonly List<int> _definitions = [];

    public override Field Field => _field;

    public void Add(IReadOnlyCollection<T> items)
    {
        if (items.Count == 0)
        {
            _repetitions.Add(0);
            _definitions.Add(item.MaxDefinitionLevel - 1);
            return;
        }

        var first = true;
        foreach (var value in items)
        {
            _items.Add(value);
            _repetitions.Add(first ? 0 : 1);
            _definitions.Add(item.MaxDefinitionLevel);
            first = false;
        }
    }

    public override async Task WriteAsync(ParquetRowGroupWriter group)
    {
        await group.WriteAllPartsAsync<T>(item, _items.ToArray(), _definitions.ToArray(), _repetitions.ToArray(), default).ConfigureAwait(false);
        _items.Clear();
        _repetitions.Clear();
        _definitions.Clear();
    }
}
