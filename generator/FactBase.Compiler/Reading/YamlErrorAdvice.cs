using System;

namespace FactBase.Compiler.Reading;

/// <summary>
/// YamlDotNet's messages say what its parser was doing, not what the writer should do:
/// this turns the common ones into a fix, and finds a better place where it reports a poor one.
/// </summary>
public static class YamlErrorAdvice
{
    private static readonly (string Found, string Fix)[] Fixes =
    [
        ("invalid tab as indentation", "indent with spaces; YAML does not allow tabs for indentation"),
        ("did not find expected ',' or ']'", "close the list with ']', or separate its items with ','"),
        ("did not find expected ',' or '}'", "close the mapping with '}', or separate its entries with ','"),
        ("found invalid mapping", "a value that holds ': ' must be quoted, as in 'title: \"Rule: one\"'; or a key is missing its ':'"),
        ("found unexpected end of stream", "close the quote that starts here"),
        ("did not find expected key", "check the indentation: entries of one mapping start in the same column"),
        ("did not find expected <document start>", "the front matter holds one mapping of 'key: value' lines"),
        ("found character that cannot start any token", "quote the value: it starts with a character YAML reserves (such as '@', '`' or '%')"),
    ];

    /// <summary>The message with its fix, and for a tab, the offset of the tab within the YAML.</summary>
    public static string Advise(string message, string yaml, ref int offset)
    {
        foreach (var (found, fix) in Fixes)
        {
            if (message.IndexOf(found, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            if (found == Fixes[0].Found)
            {
                // YamlDotNet points at the start of the mapping; the tab itself is the place to fix.
                offset = FirstIndentingTab(yaml, offset);
            }

            return message.TrimEnd('.') + ": " + fix;
        }

        return message;
    }

    private static int FirstIndentingTab(string yaml, int fallback)
    {
        for (var i = 0; i < yaml.Length; i++)
        {
            if (yaml[i] == '\t' && (i == 0 || yaml[i - 1] is '\n' or ' ' or '\t'))
            {
                var lineStart = yaml.LastIndexOf('\n', Math.Max(0, i - 1)) + 1;
                if (yaml.Substring(lineStart, i - lineStart).Trim(' ', '\t').Length == 0)
                {
                    return i;
                }
            }
        }

        return fallback;
    }
}
