using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactBase.Cli.Export;
using FactBase.Cli.Loading;
using FactBase.Cli.Schemas;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Common;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>
/// <c>factbase schema [&lt;dir&gt;] [--kind K] [--output DIR]</c>: JSON Schemas for front matter,
/// for YAML editors. Without <c>--output</c>, prints one schema: the kind's, or the one for
/// any fact. With it, writes <c>factbase.&lt;kind&gt;.schema.json</c> for each kind (or only K)
/// and <c>factbase.schema.json</c> for any fact, and prints the paths written.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The file of the schema for any fact; kind ids have no dots, so no kind's file can take this name.</summary>
    public const string AllKindsFile = "factbase.schema.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string KindFile(string kind) => $"factbase.{kind}.schema.json";

    public static int Run(string directory, string? kind, string? outputDirectory, ReadOptions options, TextWriter output, TextWriter error, TerminalInfo? terminal = null)
    {
        terminal ??= TerminalInfo.Plain;
        var content = LoadedContent.Load(directory, options, error, terminal);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        var kinds = FrontMatterSchema.FactKinds(content.Schema).Select(k => k.Id).ToList();
        if (kind is not null && !kinds.Contains(kind))
        {
            error.WriteLine($"factbase: no kind '{kind}'{Suggestions.DidYouMean(kind, kinds)}; the kinds are {string.Join(", ", kinds)}");
            return ExitCodes.UsageError;
        }

        if (outputDirectory is null)
        {
            output.Write(ToText(kind is null ? FrontMatterSchema.ForAllKinds(content.Schema) : FrontMatterSchema.ForKind(content.Schema, kind)));
        }
        else
        {
            Directory.CreateDirectory(outputDirectory);
            foreach (var id in kind is null ? kinds : [kind])
            {
                Write(Path.Join(outputDirectory, KindFile(id)), FrontMatterSchema.ForKind(content.Schema, id), output);
            }

            if (kind is null)
            {
                Write(Path.Join(outputDirectory, AllKindsFile), FrontMatterSchema.ForAllKinds(content.Schema), output);
            }
        }

        content.ReportProblemsBriefly(error);
        return content.ExitCode;
    }

    /// <summary>Indented, with '\n' line ends and a final newline, as <c>export</c> writes JSON.</summary>
    public static string ToText(JsonNode schema)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonExporter.Options))
        {
            schema.WriteTo(json);
        }

        return Utf8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Write(string path, JsonNode schema, TextWriter output)
    {
        File.WriteAllText(path, ToText(schema), Utf8);
        output.WriteLine(path.Replace('\\', '/'));
    }
}
