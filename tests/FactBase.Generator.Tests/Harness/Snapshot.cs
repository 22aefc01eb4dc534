using System;
using System.IO;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace FactBase.Generator.Tests.Harness;

/// <summary>
/// Snapshot files the Verify way: <c>Snapshots/&lt;name&gt;.verified.cs</c> committed beside the
/// tests, compared as text. On a mismatch the new text goes to <c>.received.cs</c> and the
/// test fails with a line diff. Set FACTBASE_ACCEPT_SNAPSHOTS=1 to accept new output.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "FACTBASE_ACCEPT_SNAPSHOTS";

    public static void Match(string actual, string name)
    {
        // Found from the repository root, not [CallerFilePath]: CI builds map source paths to '/_/'.
        var directory = Path.Combine(RepoPaths.Root, "tests", "FactBase.Generator.Tests", "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual);
        var message = expected is null
            ? $"No snapshot {verified}: review {received}, then run with {AcceptVariable}=1 to accept it."
            : $"Snapshot {name} differs (new text in {received}; run with {AcceptVariable}=1 to accept):\n{Diff(expected, actual)}";
        Assert.Fail(message);
    }


    private static string Diff(string expected, string actual)
    {
        var builder = new StringBuilder();
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var shown = 0;
        foreach (var line in diff.Lines)
        {
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => null,
            };
            if (prefix is not null && shown++ < 60)
            {
                builder.Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(": ").Append(prefix).AppendLine(line.Text);
            }
        }

        return builder.ToString();
    }
}
