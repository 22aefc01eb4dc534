using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Schema;

namespace FactBase.Cli.Schemas;

/// <summary>
/// JSON Schemas (draft-07, what YAML language servers read best) for the front matter of facts:
/// one per kind, and one for any fact that picks the kind's schema by the <c>kind</c> key.
/// <para>
/// A YAML editor types plain scalars by YAML's rules (<c>2018</c> is a number, <c>true</c> a
/// boolean), while FactBase reads every scalar as text and types it by the schema. So each
/// field accepts the JSON types its valid text can take in the editor, and the string form is
/// held to a pattern: a <c>date</c> is the integer <c>2018</c> or a string like <c>2018-03</c>.
/// An optional field also accepts null, which is <c>key:</c> left empty (the field left out).
/// </para>
/// </summary>
internal static class FrontMatterSchema
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>Lower-case kebab-case, as <c>Ids.IsKebabCase</c> checks it.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const string DatePattern = "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|--(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)$";

    private const string Qualifier = "((about|more than|at least|less than|at most)[ \\t]+)?";
    private const string Number = "-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?";
    private const string Scale = "([ \\t]+(thousand|million|billion|trillion))?";

    /// <summary>An optional qualifier, a number, an optional scale word, then an ISO 4217 code.</summary>
    public const string MoneyPattern = "^[ \\t]*" + Qualifier + Number + Scale + "[ \\t]+[A-Z]{3}[ \\t]*$";

    /// <summary>An optional qualifier, a number, an optional scale word, then an optional unit.</summary>
    public const string QuantityPattern = "^[ \\t]*" + Qualifier + Number + Scale + "([ \\t]+.*)?$";

    public const string IntPattern = "^[-+]?[0-9]+$";
    public const string DecimalPattern = "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$";
    public const string UrlPattern = "^https?://";

    public static readonly string[] Statuses = ["reported", "confirmed", "unconfirmed", "disputed", "denied"];

    /// <summary>The kinds a fact may be of: every kind but <c>kind</c> itself.</summary>
    public static IEnumerable<KindDefinition> FactKinds(KindSchema schema) =>
        schema.Kinds.Where(k => k.Id != KnowledgeBaseCompiler.KindKind);

    /// <summary>The schema of one kind's front matter, standing alone.</summary>
    public static JsonObject ForKind(KindSchema schema, string kindId)
    {
        var root = new JsonObject { ["$schema"] = Draft };
        foreach (var property in KindBody(schema, schema.Find(kindId)!))
        {
            root[property.Key] = property.Value?.DeepClone();
        }

        root["definitions"] = Definitions();
        return root;
    }

    /// <summary>
    /// One schema for any fact: <c>kind</c> must name a kind, and the schema of that kind applies
    /// (if/then on the kind). Map this one to every Markdown file when folders mix kinds.
    /// </summary>
    public static JsonObject ForAllKinds(KindSchema schema)
    {
        var kinds = FactKinds(schema).ToList();
        var definitions = Definitions();
        var dispatch = new JsonArray();
        foreach (var kind in kinds)
        {
            definitions["kind-" + kind.Id] = KindBody(schema, kind);
            dispatch.Add(new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Id } },
                    ["required"] = new JsonArray("kind"),
                },
                ["then"] = new JsonObject { ["$ref"] = "#/definitions/kind-" + kind.Id },
            });
        }

        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "FactBase fact",
            ["description"] = "The front matter of a fact: 'kind' names its kind, whose fields it then takes.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["kind"] = new JsonObject
                {
                    ["description"] = "The fact's kind: a kind declared under kinds/.",
                    ["enum"] = new JsonArray(kinds.Select(k => (JsonNode)JsonValue.Create(k.Id)!).ToArray()),
                },
            },
            ["required"] = new JsonArray("kind"),
            ["allOf"] = dispatch,
            ["definitions"] = definitions,
        };
    }

    /// <summary>The schema of a field's value, as a YAML editor sees it (see the class summary).</summary>
    public static JsonObject ForType(FieldType type) => type switch
    {
        ScalarFieldType s => ForScalar(s.Scalar),
        RefFieldType => IdSchema(),
        EnumFieldType e => new JsonObject
        {
            ["enum"] = new JsonArray(e.Members.SelectMany(EnumValues).ToArray()),
        },
        ListFieldType l => new JsonObject
        {
            ["type"] = "array",
            ["items"] = ForType(l.Item),
        },
        _ => new JsonObject(),
    };

    private static JsonObject KindBody(KindSchema schema, KindDefinition kind)
    {
        var fields = schema.AllFields(kind.Id);
        var properties = new JsonObject
        {
            ["kind"] = new JsonObject
            {
                ["const"] = kind.Id,
                ["description"] = $"The fact's kind: {kind.Id}.",
            },
            ["id"] = WithDescription(IdSchema(), "The fact's id, unique across the knowledge base; left out, it is the file name."),
        };
        foreach (var field in fields)
        {
            var value = ForType(field.Type);
            properties[field.Name] = field.Optional
                // 'key:' with nothing after it reads as null in the editor and as the field left out in FactBase.
                ? new JsonObject { ["description"] = Describe(field), ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) }
                : WithDescription(value, Describe(field));
        }

        properties["sources"] = new JsonObject { ["$ref"] = "#/definitions/sources" };
        var required = new JsonArray("kind");
        foreach (var field in fields.Where(f => !f.Optional))
        {
            required.Add(field.Name);
        }

        var body = new JsonObject
        {
            ["title"] = kind.Id,
            ["description"] = kind.Doc.Trim(),
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
        return body;
    }

    /// <summary>The description first, for readers of the file; draft-07 ignores siblings of '$ref', so ids are inlined.</summary>
    private static JsonObject WithDescription(JsonObject schema, string description)
    {
        var described = new JsonObject { ["description"] = description };
        foreach (var property in schema.ToList())
        {
            schema.Remove(property.Key);
            described[property.Key] = property.Value;
        }

        return described;
    }

    /// <summary>A fact id: kebab-case; an id of digits only (1984) is a number to the editor.</summary>
    private static JsonObject IdSchema() => new()
    {
        ["type"] = Types("string", "integer"),
        ["minimum"] = 0,
        ["pattern"] = IdPattern,
        ["patternErrorMessage"] = "an id: lower-case letters, digits and single hyphens, as in 'jonathan-ryan'",
    };

    private static string Describe(FieldDefinition field)
    {
        var what = field.Type.Display + (field.Optional ? ", optional" : ", required");
        return field.Doc is { Length: > 0 } doc ? $"{doc} ({what})" : what;
    }

    private static JsonObject ForScalar(ScalarType scalar) => scalar switch
    {
        // Any scalar is text to FactBase; the editor may read it as a number or a boolean.
        ScalarType.String or ScalarType.Text => new JsonObject
        {
            ["type"] = Types("string", "number", "boolean"),
        },
        ScalarType.Int => new JsonObject
        {
            ["type"] = Types("integer", "string"),
            ["minimum"] = int.MinValue,
            ["maximum"] = int.MaxValue,
            ["pattern"] = IntPattern,
            ["patternErrorMessage"] = "a whole number, digits only",
        },
        ScalarType.Decimal => new JsonObject
        {
            ["type"] = Types("number", "string"),
            ["pattern"] = DecimalPattern,
            ["patternErrorMessage"] = "digits with an optional '.' and fraction, as in 1.5",
        },
        // Only the words true and false: 'yes' and 'on' are not booleans to FactBase.
        ScalarType.Bool => new JsonObject
        {
            ["enum"] = new JsonArray(true, false, "true", "false"),
        },
        ScalarType.Date => new JsonObject
        {
            ["type"] = Types("integer", "string"),
            ["minimum"] = 1000,
            ["maximum"] = 9999,
            ["pattern"] = DatePattern,
            ["patternErrorMessage"] = "YYYY, YYYY-MM or YYYY-MM-DD (or --MM, --MM-DD when the year is not known)",
            ["examples"] = new JsonArray("2018", "2018-06", "2018-06-21"),
        },
        ScalarType.Money => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = MoneyPattern,
            ["patternErrorMessage"] = "an amount and its ISO 4217 currency, as in '250000 USD' or 'about 40 million USD'",
            ["examples"] = new JsonArray("250000 USD", "about 40 million USD", "more than 1,000 EUR"),
        },
        ScalarType.Quantity => new JsonObject
        {
            ["type"] = Types("number", "string"),
            ["pattern"] = QuantityPattern,
            ["patternErrorMessage"] = "a number with an optional qualifier and unit, as in 'more than 600' or 'about 130 people'",
            ["examples"] = new JsonArray("more than 600", "about 130 people"),
        },
        ScalarType.Url => new JsonObject
        {
            ["type"] = "string",
            ["format"] = "uri",
            ["pattern"] = UrlPattern,
            ["patternErrorMessage"] = "an absolute http or https address",
        },
        _ => new JsonObject(),
    };

    /// <summary>A member the editor would read as a number (<c>2018</c>) is accepted as that number too.</summary>
    private static IEnumerable<JsonNode> EnumValues(string member)
    {
        yield return JsonValue.Create(member)!;
        if (member.All(char.IsAsciiDigit) && (member == "0" || member[0] != '0') && long.TryParse(member, out var number))
        {
            yield return JsonValue.Create(number)!;
        }
    }

    private static JsonArray Types(params string[] types) => new(types.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());

    /// <summary>What every schema shares: citations and sources.</summary>
    private static JsonObject Definitions() => new()
    {
        ["citation"] = new JsonObject
        {
            ["description"] = "Where the fact's claim comes from: a source, its words, and who makes the claim.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["source"] = WithDescription(IdSchema(), "The id of the source fact (required)."),
                ["quote"] = new JsonObject { ["type"] = Types("string", "number", "boolean"), ["description"] = "The source's words, verbatim." },
                ["status"] = new JsonObject
                {
                    ["enum"] = new JsonArray(Statuses.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
                    ["default"] = "reported",
                    ["description"] = "How sure the source is: reported (the default), confirmed, unconfirmed, disputed or denied.",
                },
                ["by"] = WithDescription(IdSchema(), "The id of whoever makes the claim, when it is not the source itself."),
                ["note"] = new JsonObject { ["type"] = Types("string", "number", "boolean"), ["description"] = "Anything a reader should know about this citation." },
            },
            ["required"] = new JsonArray("source"),
            ["additionalProperties"] = false,
        },
        ["sources"] = new JsonObject
        {
            ["description"] = "The citations for the fact: each a source id, or a mapping with source, quote, status, by and note.",
            ["type"] = Types("array", "null"),
            ["items"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    IdSchema(),
                    new JsonObject { ["$ref"] = "#/definitions/citation" }),
            },
        },
    };
}
