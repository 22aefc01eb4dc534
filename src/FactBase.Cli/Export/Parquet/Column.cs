using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>One column of a Parquet file: its schema field, and the cells of the row group being filled.</summary>
internal abstract class Column
{
    public abstract Field Field { get; }

    /// <summary>Writes the cells held into <paramref name="group"/>, then forgets them.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter group);
}
