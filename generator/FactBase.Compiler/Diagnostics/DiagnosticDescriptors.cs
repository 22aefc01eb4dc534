namespace FactBase.Compiler.Diagnostics;

/// <summary>
/// The catalog: one descriptor per problem. Ids are stable; each is documented with an
/// example and its fix in docs/diagnostics.md and listed in AnalyzerReleases.*.md.
/// Messages say what is wrong and how to fix it.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>Where a diagnostic and its fix are explained, with an example.</summary>
    public static string HelpLinkOf(string id) => "https://github.com/factbase/factbase/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant();

    private const string Reading = "FactBase.Reading";
    private const string Schema = "FactBase.Schema";
    private const string Content = "FactBase.Content";
    private const string Links = "FactBase.Links";

    // Reading: the file, its front matter and its YAML.
    public static readonly DiagnosticDescriptor MissingFrontMatter = Error("FB0001", Reading, "Missing front matter",
        "The file has no front matter: start it with a '---' line, then 'kind: <kind>' and the other fields, then a closing '---' line (or start the file name with '_' to leave the file out)");
    public static readonly DiagnosticDescriptor UnterminatedFrontMatter = Error("FB0002", Reading, "Unterminated front matter",
        "The front matter opened on line 1 is never closed: add a '---' line after the last YAML line");
    public static readonly DiagnosticDescriptor YamlSyntaxError = Error("FB0003", Reading, "YAML syntax error",
        "YAML syntax error: {0}");
    public static readonly DiagnosticDescriptor FrontMatterNotMapping = Error("FB0004", Reading, "Front matter is not a mapping",
        "The front matter must be a mapping of 'key: value' lines, but it is {0}");
    public static readonly DiagnosticDescriptor UnsupportedYaml = Error("FB0005", Reading, "Unsupported YAML feature",
        "{0} are not allowed in front matter: {1}");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("FB0006", Reading, "File too large",
        "The file is {0} bytes, over the limit of {1} bytes: split it into several facts, or raise the MSBuild property FactBaseMaxFileSize");
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("FB0007", Reading, "Front matter nested too deeply",
        "The front matter nests deeper than {0} levels: flatten it, or raise the MSBuild property FactBaseMaxDepth");
    public static readonly DiagnosticDescriptor InvalidText = Error("FB0008", Reading, "Invalid text",
        "The file {0}: save it as UTF-8 text");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("FB0009", Reading, "Duplicate key",
        "The key '{0}' appears twice in this mapping (first on line {1}): keep only one");
    public static readonly DiagnosticDescriptor MarkdownKeptAsText = Warning("FB0010", Reading, "Markdown kept as plain text",
        "This Markdown is kept as plain text, not rendered: {0}");

    // Schema: the kinds under kinds/.
    public static readonly DiagnosticDescriptor MissingKind = Error("FB0100", Schema, "Missing kind",
        "The front matter names no kind: write 'kind: <kind>' with one of: {0}");
    public static readonly DiagnosticDescriptor UnknownKind = Error("FB0101", Schema, "Unknown kind",
        "Unknown kind '{0}'{1}: declare it in kinds/{0}.md, or use one of: {2}");
    public static readonly DiagnosticDescriptor UnknownFieldType = Error("FB0102", Schema, "Unknown field type",
        "'{0}' is not a field type{1}; the types are string, text, int, decimal, bool, date, money, quantity, url, ref<kind>, list<T> and enum(a, b, c), with a trailing '?' for an optional field");
    public static readonly DiagnosticDescriptor CyclicExtends = Error("FB0103", Schema, "Cyclic extends",
        "The kind '{0}' extends itself ({1}): break the cycle");
    public static readonly DiagnosticDescriptor InvalidKindDefinition = Error("FB0104", Schema, "Invalid kind definition",
        "Invalid kind definition: {0}");
    public static readonly DiagnosticDescriptor ReservedName = Error("FB0105", Schema, "Reserved name",
        "'{0}' is reserved: {1}; rename it");
    public static readonly DiagnosticDescriptor FieldRedeclared = Error("FB0106", Schema, "Field declared twice",
        "The kind '{0}' declares the field '{1}', which it already inherits from '{2}': remove one");

    // Content: each fact against its kind.
    public static readonly DiagnosticDescriptor UnknownField = Error("FB0200", Content, "Unknown field",
        "The kind '{0}' has no field '{1}'{2}: remove it, or declare it in the kind's fields");
    public static readonly DiagnosticDescriptor MissingRequiredField = Error("FB0201", Content, "Missing required field",
        "The {0} '{1}' lacks the required field '{2}' ({3}): add it, or make the field optional with a trailing '?' in the kind");
    public static readonly DiagnosticDescriptor InvalidValue = Error("FB0202", Content, "Invalid value",
        "'{0}' is not a valid {1}: {2}");
    public static readonly DiagnosticDescriptor InvalidBool = Error("FB0203", Content, "Invalid bool",
        "'{0}' is not a bool: write '{1}' (only 'true' and 'false' are bools; YAML 1.1 spellings such as yes, no, on and off are not)");
    public static readonly DiagnosticDescriptor InvalidDate = Error("FB0204", Content, "Invalid date",
        "'{0}' is not a date: {1}");
    public static readonly DiagnosticDescriptor InvalidMoney = Error("FB0205", Content, "Invalid money",
        "'{0}' is not an amount of money: {1}");
    public static readonly DiagnosticDescriptor UnknownCurrency = Error("FB0206", Content, "Unknown currency",
        "'{0}' is not an ISO 4217 currency code{1}: write the amount then a code such as USD, EUR or GBP");
    public static readonly DiagnosticDescriptor InvalidQuantity = Error("FB0207", Content, "Invalid quantity",
        "'{0}' is not a quantity: {1}");
    public static readonly DiagnosticDescriptor NotInEnum = Error("FB0208", Content, "Value not in enum",
        "'{0}' is not one of {1}{2}");
    public static readonly DiagnosticDescriptor ExpectedScalar = Error("FB0209", Content, "Expected a single value",
        "'{0}' takes a single {1}, not {2}: write one value after the colon");
    public static readonly DiagnosticDescriptor ExpectedList = Error("FB0210", Content, "Expected a list",
        "'{0}' takes a list, not {1}: write '[a, b]' or one '- item' per line");
    public static readonly DiagnosticDescriptor InvalidId = Error("FB0211", Content, "Invalid id",
        "The id '{0}' is not lower-case kebab-case (letters, digits and single hyphens): {1}");
    public static readonly DiagnosticDescriptor InvalidCitation = Error("FB0212", Content, "Invalid citation",
        "Invalid citation: {0}");
    public static readonly DiagnosticDescriptor UnknownCitationStatus = Error("FB0213", Content, "Unknown citation status",
        "'{0}' is not a citation status{1}: use reported, confirmed, unconfirmed, disputed or denied");
    public static readonly DiagnosticDescriptor UnknownQualifier = Error("FB0214", Content, "Unknown qualifier",
        "'{0}' is not a qualifier{1}: use about, more than, at least, less than or at most, or none for an exact figure");

    // Links: ids and references across the knowledge base.
    public static readonly DiagnosticDescriptor DuplicateId = Error("FB0300", Links, "Duplicate id",
        "The id '{0}' is also the id of {1}, which keeps it; this {2} is left out: {3}");
    public static readonly DiagnosticDescriptor NameCollision = Error("FB0301", Links, "C# name collision",
        "The C# name '{2}' would stand for both {0} and {1}: rename one");
    public static readonly DiagnosticDescriptor DanglingRef = Error("FB0302", Links, "Dangling reference",
        "No fact has the id '{0}'{1}: fix the id, or add the fact");
    public static readonly DiagnosticDescriptor WrongKindRef = Error("FB0303", Links, "Reference to the wrong kind",
        "'{0}' is {1}, but '{2}' takes {3}: point it at {3}");
    public static readonly DiagnosticDescriptor UnknownCitationSource = Error("FB0304", Links, "Citation of a missing source",
        "{0}: fix the id, or add the source");

    // The tool itself: never expected, always reported rather than thrown.
    public static readonly DiagnosticDescriptor InternalError = Error("FB0900", "FactBase.Internal", "Internal error",
        "FactBase failed on this content ({0}): please report it with the file; the rest of the build goes on");

    private static DiagnosticDescriptor Error(string id, string category, string title, string format) =>
        new(id, title, format, category, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string format) =>
        new(id, title, format, category, DiagnosticSeverity.Warning);

    /// <summary>Every descriptor, for the generator's registration and the documentation test.</summary>
    public static DiagnosticDescriptor[] All { get; } =
    [
        MissingFrontMatter, UnterminatedFrontMatter, YamlSyntaxError, FrontMatterNotMapping, UnsupportedYaml,
        FileTooLarge, NestingTooDeep, InvalidText, DuplicateKey, MarkdownKeptAsText,
        MissingKind, UnknownKind, UnknownFieldType, CyclicExtends, InvalidKindDefinition, ReservedName, FieldRedeclared,
        UnknownField, MissingRequiredField, InvalidValue, InvalidBool, InvalidDate, InvalidMoney, UnknownCurrency,
        InvalidQuantity, NotInEnum, ExpectedScalar, ExpectedList, InvalidId, InvalidCitation, UnknownCitationStatus,
        UnknownQualifier,
        DuplicateId, NameCollision, DanglingRef, WrongKindRef, UnknownCitationSource,
        InternalError,
    ];
}
