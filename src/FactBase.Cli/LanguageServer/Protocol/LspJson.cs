using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactBase.Cli.LanguageServer.Protocol;

/// <summary>How the protocol's types are written and read: camelCase names, nulls left out, numbers for enums.</summary>
internal static class LspJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
    };
}
