using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Cli.Rendering;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;
using Parquet.Schema;

namespace FactBase.Cli.Export.Parquet;

/// <summary>
/// The columns one field of a kind becomes, and how a value fills them. A column is named after
/// its field, and the extra columns of a date or an amount add a suffix after '_': field names
/// are kebab-case, so no suffixed name can be another field's.
/// </summary>
internal abstract class FieldColumns
{
    public abstract IEnumerable<Column> Columns { get; }

    /// <summary>The field's value in the next row, or null when the fact leaves it out.</summary>
    public abstract void Add(Value? value);

    public static FieldColumns For(FieldDefinition field, DecimalGuard decimals) => field.Type switch
    {
        ScalarFieldType { Scalar: ScalarType.Date } => new DateColumns(field.Name),
        ScalarFieldType { Scalar: ScalarType.Money } => new AmountColumns(field.Name, "currency", decimals),
        ScalarFieldType { Scalar: ScalarType.Quantity } => new AmountColumns(field.Name, "unit", decimals),
        ScalarFieldType { Scalar: ScalarType.Int } => new NumberColumns<int>(new DataField<int?>(field.Name), v => ((IntValue)v).Number),
        ScalarFieldType { Scalar: ScalarType.Decimal } => new NumberColumns<decimal>(DecimalGuard.Field(field.Name), v => decimals.Fit(((DecimalValue)v).Number, field.Name)),
        ScalarFieldType { Scalar: ScalarType.Bool } => new NumberColumns<bool>(new DataField<bool?>(field.Name), v => ((BoolValue)v).Flag),
        ListFieldType list => ListColumns.For(field.Name, list.Item),
        _ => new TextColumns(field.Name),
    };

    /// <summary>Strings, text, urls, enums and refs: the value as written (a ref as the id it names).</summary>
    private sealed class TextColumns(string name) : FieldColumns
    {
        private readonly TextColumn _column = new(name);

        public override IEnumerable<Column> Columns => [_column];

        public override void Add(Value? value) => _column.Add(value is null ? null : ValueText.Format(value));
    }

    private sealed class NumberColumns<T>(DataField field, Func<Value, T?> read) : FieldColumns
        where T : struct
    {
        private readonly ValueColumn<T> _column = new(field);

        public override IEnumerable<Column> Columns => [_column];

        public override void Add(Value? value) => _column.Add(value is null ? null : read(value));
    }

    /// <summary>A date: its text as written, its precision, and the first and last day it may mean (null when the year is unstated).</summary>
    private sealed class DateColumns(string name) : FieldColumns
    {
        private readonly TextColumn _text = new(name);
        private readonly TextColumn _precision = new(name + "_precision");
        private readonly ValueColumn<DateOnly> _earliest = new(new DataField<DateOnly?>(name + "_earliest"));
        private readonly ValueColumn<DateOnly> _latest = new(new DataField<DateOnly?>(name + "_latest"));

        public override IEnumerable<Column> Columns => [_text, _precision, _earliest, _latest];

        public override void Add(Value? value)
        {
            var date = value as DateValue;
            var span = date is null ? (DateSpan?)null : DateSpan.Of(date);
            _text.Add(date?.Text);
            _precision.Add(span?.PrecisionName);
            _earliest.Add(span?.First);
            _latest.Add(span?.Last);
        }
    }

    /// <summary>Money or a quantity: the figure, the currency or unit, and the qualifier that says how exact the figure is.</summary>
    private sealed class AmountColumns(string name, string unitName, DecimalGuard decimals) : FieldColumns
    {
        private readonly ValueColumn<decimal> _figure = new(DecimalGuard.Field(name));
        private readonly TextColumn _unit = new(name + "_" + unitName);
        private readonly TextColumn _qualifier = new(name + "_qualifier");

        public override IEnumerable<Column> Columns => [_figure, _unit, _qualifier];

        public override void Add(Value? value)
        {
            var (figure, unit, qualifier) = value switch
            {
                MoneyValue m => (m.Amount, m.Currency, m.Qualifier),
                QuantityValue q => (q.Number, q.Unit, q.Qualifier),
                _ => ((decimal?)null, (string?)null, (Qualifier?)null),
            };
            _figure.Add(figure is { } f ? decimals.Fit(f, name) : null);
            _unit.Add(unit);
            _qualifier.Add(qualifier is { } stated ? ExportNames.Qualifier(stated) : null);
        }
    }

    /// <summary>
    /// A list, order kept: of ints or booleans as such; of anything else as text, as written (a
    /// date as <c>2018-03</c>, an amount as <c>about 40,000,000 USD</c>, a decimal as its digits,
    /// which no DECIMAL column could hold for every value).
    /// </summary>
    private sealed class ListColumns<T>(string name, DataField item, Func<Value, T> read) : FieldColumns
        where T : struct
    {
        private readonly ListColumn<T> _column = new(name, item);

        public override IEnumerable<Column> Columns => [_column];

        public override void Add(Value? value) =>
            _column.Add(value is ListValue list ? list.Items.Select(read).ToList() : []);
    }

    private static class ListColumns
    {
        public static FieldColumns For(string name, FieldType item) => item switch
        {
            ScalarFieldType { Scalar: ScalarType.Int } => new ListColumns<int>(name, new DataField<int>("element"), v => ((IntValue)v).Number),
            ScalarFieldType { Scalar: ScalarType.Bool } => new ListColumns<bool>(name, new DataField<bool>("element"), v => ((BoolValue)v).Flag),
            _ => new ListColumns<ReadOnlyMemory<char>>(name, new DataField<string>("element", nullable: false), v => ValueText.Format(v).AsMemory()),
        };
    }
}
