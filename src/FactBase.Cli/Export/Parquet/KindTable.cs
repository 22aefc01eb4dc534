using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>
/// <c>facts/&lt;kind&gt;.parquet</c>: a row per fact of the kind, with its id, file and summary,
/// then the columns of every field the kind has, inherited ones first. The fixed columns hold an
/// '_' (<c>file_path</c>), which no field name can, so they never clash with a field.
/// </summary>
internal sealed class KindTable : IDisposable
{
    private readonly TextColumn _id = new("id", nullable: false);
    private readonly TextColumn _path = new("file_path", nullable: false);
    private readonly TextColumn _summary = new("body_summary", nullable: false);
    private readonly FieldColumns[] _fields;
    private readonly Dictionary<string, int> _fieldIndex = new(StringComparer.Ordinal);
    private readonly Value?[] _row;
    private readonly ParquetTable _table;

    public KindTable(string path, IReadOnlyList<FieldDefinition> fields, DecimalGuard decimals, RowBudget budget)
    {
        _fields = fields.Select(f => FieldColumns.For(f, decimals)).ToArray();
        for (var i = 0; i < fields.Count; i++)
        {
            _fieldIndex[fields[i].Name] = i;
        }

        _row = new Value?[fields.Count];
        _table = new ParquetTable(path, [_id, _path, _summary, .. _fields.SelectMany(f => f.Columns)], budget);
    }

    public void Add(FactModel fact)
    {
        _id.Add(fact.Id);
        _path.Add(fact.RelativePath);
        _summary.Add(fact.Body.Summary);
        Array.Clear(_row);
        foreach (var field in fact.Fields)
        {
            if (_fieldIndex.TryGetValue(field.Name, out var index))
            {
                _row[index] = field.Value;
            }
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            _fields[i].Add(_row[i]);
        }

        _table.EndRow();
    }

    public void Dispose() => _table.Dispose();
}
