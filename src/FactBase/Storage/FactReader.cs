using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace FactBase.Storage;

/// <summary>Reads one item of a list from a fact's record.</summary>
/// <typeparam name="T">The item's type.</typeparam>
/// <param name="reader">The reader, at the item.</param>
/// <returns>The item.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T FactItemReader<T>(ref FactReader reader);

/// <summary>
/// Reads a fact's record: the compact form generated code stores facts in, decoded on first use.
/// A record is a sequence of tokens, each <c>~</c> (absent) or <c>length:bytes</c> (UTF-8, the
/// length in bytes, in decimal), in the order the kind's generated reader asks for them.
/// For generated code; not for use by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct FactReader
{
    private readonly KnowledgeBase _knowledgeBase;
    private ReadOnlySpan<byte> _data;
    private List<FactDate>? _dates;

    internal FactReader(ReadOnlySpan<byte> data, KnowledgeBase knowledgeBase)
    {
        _data = data;
        _knowledgeBase = knowledgeBase;
    }

    /// <summary>A string; null when absent.</summary>
    public string String() => Next(out var token) ? Encoding.UTF8.GetString(token) : null!;

    /// <summary>An optional string.</summary>
    public string? StringOrNull() => Next(out var token) ? Encoding.UTF8.GetString(token) : null;

    /// <summary>An int; 0 when absent.</summary>
    public int Int() => IntOrNull() ?? 0;

    /// <summary>An optional int.</summary>
    public int? IntOrNull() => Next(out var token) ? ParseInt(token) : null;

    /// <summary>A decimal; 0 when absent.</summary>
    public decimal Decimal() => DecimalOrNull() ?? 0m;

    /// <summary>An optional decimal.</summary>
    public decimal? DecimalOrNull() => Next(out var token) ? ParseDecimal(token) : null;

    /// <summary>A bool; false when absent.</summary>
    public bool Bool() => BoolOrNull() ?? false;

    /// <summary>An optional bool.</summary>
    public bool? BoolOrNull() => Next(out var token) ? token.Length == 1 && token[0] == (byte)'1' : null;

    /// <summary>A date in its precision, listed in <see cref="Dates"/> under <paramref name="field"/>; default when absent.</summary>
    /// <param name="field">The field's name, as the content writes it.</param>
    public PartialDate Date(string field) => DateOrNull(field) ?? default;

    /// <summary>An optional date in its precision, listed in <see cref="Dates"/> under <paramref name="field"/> when present.</summary>
    /// <param name="field">The field's name, as the content writes it.</param>
    public PartialDate? DateOrNull(string field)
    {
        if (!Next(out var token))
        {
            return null;
        }

        var date = PartialDate.Parse(Encoding.ASCII.GetString(token));
        (_dates ??= []).Add(new FactDate(field, date));
        return date;
    }

    /// <summary>
    /// The dates read so far, each with its field, in the order read (the kind's fields, inherited
    /// first): the fact's <see cref="Fact.Dates"/>. Computed here rather than stored, so records stay as small.
    /// </summary>
    public readonly IReadOnlyList<FactDate> Dates() => _dates is null ? [] : _dates.ToArray();

    /// <summary>An amount of money; default when absent.</summary>
    public Money Money() => MoneyOrNull() ?? default;

    /// <summary>An optional amount of money: amount, currency and qualifier.</summary>
    public Money? MoneyOrNull()
    {
        if (!Next(out var amount))
        {
            return null;
        }

        var value = ParseDecimal(amount);
        return new Money(value, String(), (Qualifier)Int());
    }

    /// <summary>A quantity; default when absent.</summary>
    public Quantity Quantity() => QuantityOrNull() ?? default;

    /// <summary>An optional quantity: number, qualifier and unit.</summary>
    public Quantity? QuantityOrNull()
    {
        if (!Next(out var number))
        {
            return null;
        }

        var value = ParseDecimal(number);
        return new Quantity(value, (Qualifier)Int(), StringOrNull());
    }

    /// <summary>An address; null when absent.</summary>
    public Uri Uri() => UriOrNull()!;

    /// <summary>An optional address.</summary>
    public Uri? UriOrNull() => StringOrNull() is { } text ? new Uri(text) : null;

    /// <summary>Inline Markdown: as written, as HTML and as plain text; null when absent.</summary>
    public RichText RichText() => RichTextOrNull()!;

    /// <summary>Optional inline Markdown.</summary>
    public RichText? RichTextOrNull()
    {
        if (!Next(out var markdown))
        {
            return null;
        }

        return new RichText(Encoding.UTF8.GetString(markdown));
    }

    /// <summary>A ref to a fact of kind <typeparamref name="T"/>; an empty ref when absent.</summary>
    /// <typeparam name="T">The kind referred to.</typeparam>
    public Ref<T> Ref<T>()
        where T : Fact => RefOrNull<T>() ?? default;

    /// <summary>An optional ref to a fact of kind <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The kind referred to.</typeparam>
    public Ref<T>? RefOrNull<T>()
        where T : Fact => StringOrNull() is { } id ? new Ref<T>(id, _knowledgeBase) : null;

    /// <summary>A list: its count, then each item as <paramref name="item"/> reads it; empty when absent.</summary>
    /// <typeparam name="T">The item's type.</typeparam>
    /// <param name="item">Reads one item.</param>
    public IReadOnlyList<T> List<T>(FactItemReader<T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var count = Int();
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = item(ref this);
        }

        return items;
    }

    /// <summary>The fact's citations.</summary>
    public IReadOnlyList<Citation> Citations()
    {
        var count = Int();
        if (count == 0)
        {
            return [];
        }

        var citations = new Citation[count];
        for (var i = 0; i < count; i++)
        {
            var source = Ref<Fact>();
            var quote = StringOrNull();
            var status = (CitationStatus)Int();
            var by = RefOrNull<Fact>();
            citations[i] = new Citation(source, quote, status, by, StringOrNull());
        }

        return citations;
    }

    /// <summary>The fact's body, as written: rendered on first use.</summary>
    public FactBody Body() => Next(out var markdown) ? new FactBody(Encoding.UTF8.GetString(markdown)) : FactBody.Empty;

    /// <summary>The refs to the fact from other facts' fields, computed at build time.</summary>
    public IReadOnlyList<Backlink> Backlinks()
    {
        var count = Int();
        if (count == 0)
        {
            return [];
        }

        var backlinks = new Backlink[count];
        for (var i = 0; i < count; i++)
        {
            var from = Ref<Fact>();
            backlinks[i] = new Backlink(from, String());
        }

        return backlinks;
    }

    /// <summary>The next token: false when it is '~' (absent).</summary>
    private bool Next(out ReadOnlySpan<byte> token)
    {
        if (_data[0] == (byte)'~')
        {
            _data = _data[1..];
            token = default;
            return false;
        }

        var data = _data;
        token = Token(ref data);
        _data = data;
        return true;
    }

    /// <summary>Splits <c>length:bytes</c> off the front of <paramref name="data"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<byte> Token(scoped ref ReadOnlySpan<byte> data)
    {
        var length = 0;
        var i = 0;
        for (; data[i] != (byte)':'; i++)
        {
            length = (length * 10) + (data[i] - (byte)'0');
        }

        var token = data.Slice(i + 1, length);
        data = data[(i + 1 + length)..];
        return token;
    }

    private static int ParseInt(ReadOnlySpan<byte> token) =>
        Utf8Parser.TryParse(token, out int value, out var used) && used == token.Length ? value : throw Corrupt();

    private static decimal ParseDecimal(ReadOnlySpan<byte> token) =>
        Utf8Parser.TryParse(token, out decimal value, out var used) && used == token.Length ? value : throw Corrupt();

    private static FormatException Corrupt() => new("A generated fact record is corrupt: rebuild the project.");
}
