namespace FactBase.Cli.Terminal;

/// <summary>ANSI colour for single words of plain output (a diagnostic's severity), or nothing.</summary>
internal static class Paint
{
    public static string Red(string text, bool color) => Wrap(text, "31;1", color);

    public static string Yellow(string text, bool color) => Wrap(text, "33", color);

    public static string Green(string text, bool color) => Wrap(text, "32", color);

    public static string Dim(string text, bool color) => Wrap(text, "2", color);

    public static string Bold(string text, bool color) => Wrap(text, "1", color);

    private static string Wrap(string text, string code, bool color) =>
        color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
