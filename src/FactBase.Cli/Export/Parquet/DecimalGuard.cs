using System;
using System.IO;
using Parquet.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>
/// Decimals go into DECIMAL(38, 18) columns: every figure below 10^20 with up to 18 places, which
/// DuckDB, Spark and Trino all read. A C# decimal can hold more (up to 7.9 × 10^28, or 28 places);
/// such a figure leaves its cell empty and is named on standard error, rather than stopping the
/// export or being written rounded.
/// </summary>
internal sealed class DecimalGuard(TextWriter error)
{
    private const int Precision = 38;
    private const int Scale = 18;
    private static readonly decimal Limit = 100_000_000_000_000_000_000m;

    public string? CurrentFact { get; set; }

    public static DecimalDataField Field(string name) => new(name, Precision, Scale, isNullable: true);

    /// <summary>The figure, or null (said on standard error) when the column cannot hold it.</summary>
    public decimal? Fit(decimal figure, string field)
    {
        if (Math.Abs(figure) < Limit && decimal.Round(figure, Scale) == figure)
        {
            return figure;
        }

        error.WriteLine($"factbase: {CurrentFact}: the {field} {figure} does not fit a DECIMAL({Precision}, {Scale}) column; its cell is left empty");
        return null;
    }
}
