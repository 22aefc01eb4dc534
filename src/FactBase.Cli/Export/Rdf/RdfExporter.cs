using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Compiler.Model;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Export.Rdf;

/// <summary>
/// The knowledge base as RDF, modelled on the Wikibase RDF dump format: the kinds and fields as
/// a vocabulary, then every fact with a direct triple per field for simple queries, a value node
/// for each value with nuance (a date's precision, an amount's qualifier and currency), an
/// ordered <c>rdf:Seq</c> per list, and a PROV-O reference node per citation. docs/scale-out.md
/// describes every name. Facts are written one at a time, in id order: the same content gives
/// the same bytes, and nothing but the current fact is held.
/// </summary>
internal sealed class RdfExporter
{
    private readonly Vocabulary _names;
    private readonly TripleWriter _output;
    private readonly RecentNodes _recent = new();

    /// <summary>The current fact's value, list and reference nodes, written after the fact's own triples.</summary>
    private readonly List<Triple> _nodes = [];

    private RdfExporter(Vocabulary names, TripleWriter output)
    {
        _names = names;
        _output = output;
    }

    public static void Write(KnowledgeBaseModel model, Vocabulary names, TripleWriter output)
    {
        var exporter = new RdfExporter(names, output);
        exporter.WriteVocabulary(model.Kinds);
        foreach (var fact in model.Facts)
        {
            exporter.WriteFact(fact);
        }

        output.Finish();
    }

    private void WriteVocabulary(IEnumerable<KindDefinition> kinds)
    {
        var declared = new HashSet<Iri>();
        foreach (var kind in kinds)
        {
            var subject = _names.Kind(kind.Id);
            Emit(subject, Namespaces.Type, Namespaces.Class);
            Emit(subject, Namespaces.Label, Term.Text(kind.Id));
            Emit(subject, _names.Term("plural"), Term.Text(kind.Plural));
            if (kind.Doc.Length > 0)
            {
                Emit(subject, Namespaces.Comment, Term.Text(kind.Doc));
            }

            if (kind.Extends is { } extends)
            {
                Emit(subject, Namespaces.SubClassOf, _names.Kind(extends));
            }

            foreach (var field in kind.Fields)
            {
                Emit(subject, _names.Term("field"), _names.Field(kind.Id, field.Name));
            }

            foreach (var field in kind.Fields)
            {
                WriteFieldDeclaration(kind.Id, field, declared);
            }
        }
    }

    private void WriteFieldDeclaration(string kind, FieldDefinition field, HashSet<Iri> declared)
    {
        var subject = _names.Field(kind, field.Name);
        Emit(subject, Namespaces.Type, _names.Term("Field"));
        Emit(subject, Namespaces.Label, Term.Text(field.Name));
        Emit(subject, _names.Term("fieldType"), Term.Text(field.Display));
        if (field.Doc is { Length: > 0 } doc)
        {
            Emit(subject, Namespaces.Comment, Term.Text(doc));
        }

        var properties = new List<Iri>();
        var single = field.Type is ListFieldType list ? list.Item : field.Type;
        if (single is not ScalarFieldType { Scalar: ScalarType.Money or ScalarType.Quantity })
        {
            properties.Add(Direct(field.Name));
            Emit(subject, _names.Term("directProperty"), Direct(field.Name));
        }

        if (single is ScalarFieldType { Scalar: ScalarType.Date or ScalarType.Money or ScalarType.Quantity })
        {
            properties.Add(ValueProperty(field.Name));
            Emit(subject, _names.Term("valueProperty"), ValueProperty(field.Name));
        }

        if (field.Type is ListFieldType)
        {
            properties.Add(ListProperty(field.Name));
            Emit(subject, _names.Term("listProperty"), ListProperty(field.Name));
        }

        foreach (var property in properties)
        {
            if (declared.Add(property))
            {
                Emit(property, Namespaces.Type, Namespaces.Property);
                Emit(property, Namespaces.Label, Term.Text(field.Name));
            }
        }
    }

    private void WriteFact(FactModel fact)
    {
        var subject = _names.Fact(fact.Id);
        Emit(subject, Namespaces.Type, _names.Kind(fact.Kind));
        Emit(subject, _names.Term("id"), Term.Text(fact.Id));
        Emit(subject, _names.Term("path"), Term.Text(fact.RelativePath));
        if (fact.Body.Summary.Length > 0)
        {
            Emit(subject, _names.Term("summary"), Term.Text(fact.Body.Summary));
        }

        foreach (var field in fact.Fields)
        {
            WriteField(subject, fact.Id, field.Name, field.Value);
        }

        foreach (var citation in fact.Sources)
        {
            Emit(subject, Namespaces.WasDerivedFrom, Reference(citation));
        }

        foreach (var node in _nodes)
        {
            _output.Write(node);
        }

        _nodes.Clear();
    }

    private void WriteField(Iri fact, string factId, string field, Value value)
    {
        if (value is not ListValue list)
        {
            WriteValue(fact, field, value);
            return;
        }

        var members = new List<Term>(list.Items.Count);
        foreach (var item in list.Items)
        {
            members.Add(WriteValue(fact, field, item));
        }

        var sequence = _names.List(factId, field);
        Emit(fact, ListProperty(field), sequence);
        Describe(sequence, Namespaces.Type, Namespaces.Seq);
        for (var i = 0; i < members.Count; i++)
        {
            Describe(sequence, Namespaces.Member(i + 1), members[i]);
        }
    }

    /// <summary>Writes one value's triples; returns what stands for it (its node for an amount, else its direct object).</summary>
    private Term WriteValue(Iri fact, string field, Value value)
    {
        switch (value)
        {
            case MoneyValue money:
                var amount = AmountNode("MoneyValue", money.Qualifier, money.Amount, money.Currency, unit: null);
                Emit(fact, ValueProperty(field), amount);
                return amount;
            case QuantityValue quantity:
                var measure = AmountNode("QuantityValue", quantity.Qualifier, quantity.Number, currency: null, quantity.Unit);
                Emit(fact, ValueProperty(field), measure);
                return measure;
            case DateValue date:
                var literal = DateLiteral(date);
                Emit(fact, Direct(field), literal);
                Emit(fact, ValueProperty(field), DateNode(date, literal));
                return literal;
            default:
                var simple = Simple(value);
                Emit(fact, Direct(field), simple);
                return simple;
        }
    }

    private Term Simple(Value value) => value switch
    {
        StringValue s => Term.Text(s.Text),
        TextValue t => Term.Text(t.Markdown),
        IntValue i => Term.Typed(i.Number.ToString(CultureInfo.InvariantCulture), Namespaces.Integer),
        DecimalValue d => Term.Typed(Number(d.Number), Namespaces.Decimal),
        BoolValue b => Term.Typed(b.Flag ? "true" : "false", Namespaces.Boolean),
        UrlValue u => Term.Typed(u.Url, Namespaces.AnyUri),
        RefValue r => _names.Fact(r.Id),
        EnumValue e => Term.Text(e.Member),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value type."),
    };

    /// <summary>
    /// A money or quantity value node. The figure goes under the property its qualifier means:
    /// <c>fb:amount</c> when exact, <c>fb:approximately</c>, or a bound (<c>fb:minExclusive</c>
    /// for "more than"), so that "more than 600" never reads as 600.
    /// </summary>
    private Iri AmountNode(string type, Qualifier qualifier, decimal figure, string? currency, string? unit)
    {
        var number = Number(figure);
        var qualifierName = ExportNames.Qualifier(qualifier);
        var name = NodeName.Of(type, qualifierName, number, currency, unit);
        var node = new Iri(_names.Values, name);
        if (_recent.IsNew(name))
        {
            Describe(node, Namespaces.Type, _names.Term(type));
            Describe(node, _names.Term("qualifier"), Term.Text(qualifierName));
            Describe(node, _names.Term(BoundProperty(qualifier)), Term.Typed(number, Namespaces.Decimal));
            if (currency is not null)
            {
                Describe(node, _names.Term("currency"), Term.Text(currency));
            }

            if (unit is not null)
            {
                Describe(node, _names.Term("unit"), Term.Text(unit));
            }
        }

        return node;
    }

    private static string BoundProperty(Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "approximately",
        Qualifier.MoreThan => "minExclusive",
        Qualifier.AtLeast => "minInclusive",
        Qualifier.LessThan => "maxExclusive",
        Qualifier.AtMost => "maxInclusive",
        _ => "amount",
    };

    /// <summary>A date value node: the date, its precision, and the first and last day it may mean.</summary>
    private Iri DateNode(DateValue date, Term literal)
    {
        var name = NodeName.Of("TimeValue", literal.Lexical);
        var node = new Iri(_names.Values, name);
        if (_recent.IsNew(name))
        {
            var span = DateSpan.Of(date);
            Describe(node, Namespaces.Type, _names.Term("TimeValue"));
            Describe(node, _names.Term("time"), literal);
            Describe(node, _names.Term("precision"), Term.Text(span.PrecisionName));
            Describe(node, _names.Term("earliest"), Day(span.Year, span.FirstMonth, span.FirstDay));
            Describe(node, _names.Term("latest"), Day(span.Year, span.LastMonth, span.LastDay));
        }

        return node;
    }

    /// <summary>The date in the XSD type that says exactly what is known: gYear, gYearMonth, date, gMonth or gMonthDay.</summary>
    private static Term DateLiteral(DateValue date)
    {
        var type = (date.Year, date.Month, date.Day) switch
        {
            (not null, null, _) => Namespaces.GYear,
            (not null, not null, null) => Namespaces.GYearMonth,
            (not null, not null, not null) => Namespaces.Date,
            (null, _, null) => Namespaces.GMonth,
            (null, _, not null) => Namespaces.GMonthDay,
        };
        return Term.Typed(date.Text, type);
    }

    /// <summary>A day: an xsd:date, or an xsd:gMonthDay when the year is unstated.</summary>
    private static Term Day(int? year, int month, int day) => year is { } y
        ? Term.Typed(string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{month:00}-{day:00}"), Namespaces.Date)
        : Term.Typed(string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}"), Namespaces.GMonthDay);

    /// <summary>A citation's reference node: the source, the verbatim quote, the status, who states it and the note.</summary>
    private Iri Reference(CitationModel citation)
    {
        var status = ExportNames.Status(citation.Status);
        var name = NodeName.Of("Citation", citation.Source.Id, citation.Quote, status, citation.By?.Id, citation.Note);
        var node = new Iri(_names.References, name);
        if (_recent.IsNew(name))
        {
            Describe(node, Namespaces.Type, _names.Term("Citation"));
            Describe(node, _names.Term("source"), _names.Fact(citation.Source.Id));
            if (citation.Quote is not null)
            {
                Describe(node, _names.Term("quote"), Term.Text(citation.Quote));
            }

            Describe(node, _names.Term("status"), Term.Text(status));
            if (citation.By is { } by)
            {
                Describe(node, _names.Term("by"), _names.Fact(by.Id));
            }

            if (citation.Note is not null)
            {
                Describe(node, _names.Term("note"), Term.Text(citation.Note));
            }
        }

        return node;
    }

    private static string Number(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private Iri Direct(string field) => new(_names.Direct, field);

    private Iri ValueProperty(string field) => new(_names.ValueProperties, field);

    private Iri ListProperty(string field) => new(_names.ListProperties, field);

    private void Emit(Iri subject, Iri predicate, Term value) => _output.Write(new Triple(subject, predicate, value));

    private void Describe(Iri node, Iri predicate, Term value) => _nodes.Add(new Triple(node, predicate, value));
}
