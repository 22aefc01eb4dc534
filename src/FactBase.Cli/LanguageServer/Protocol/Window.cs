namespace FactBase.Cli.LanguageServer.Protocol;

internal enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

internal sealed record ShowMessageParams(MessageType Type, string Message);

internal sealed record LogMessageParams(MessageType Type, string Message);

internal sealed record WorkDoneProgressCreateParams(string Token);

/// <summary>A progress notification: <see cref="Value"/> is a <see cref="WorkDoneProgressBegin"/>, <see cref="WorkDoneProgressReport"/> or <see cref="WorkDoneProgressEnd"/>.</summary>
internal sealed record ProgressParams(string Token, object Value);

internal sealed record WorkDoneProgressBegin(string Title, string? Message, int? Percentage)
{
    public string Kind => "begin";
}

internal sealed record WorkDoneProgressReport(string? Message, int? Percentage)
{
    public string Kind => "report";
}

internal sealed record WorkDoneProgressEnd(string? Message)
{
    public string Kind => "end";
}
