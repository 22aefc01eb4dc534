using System;
using System.IO;
using System.Text;

namespace FactBase.Cli.Tests;

/// <summary>Runs a command over string writers: its exit code, standard output and standard error.</summary>
internal static class Run
{
    public static (int Code, string Output, string Error) Capture(Func<TextWriter, TextWriter, int> command)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = command(output, error);
        return (code, output.ToString(), error.ToString());
    }
}

/// <summary>A writer that several threads may write to while a test reads what it holds.</summary>
internal sealed class ConcurrentWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override string NewLine => "\n";

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void WriteLine(string? value) => Write(value + "\n");

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
