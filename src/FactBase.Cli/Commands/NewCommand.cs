using System;
using System.IO;
using System.Linq;
using System.Text;
using FactBase.Cli.Loading;
using FactBase.Cli.Scaffolding;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Common;
using FactBase.Compiler.Linking;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>
/// <c>factbase new &lt;kind&gt; &lt;id&gt;</c>: writes <c>&lt;dir&gt;/&lt;folder&gt;/&lt;id&gt;.md</c> from the kind's
/// fields and prints its path. Refuses (exit 2) an unknown kind, an id that is not kebab-case
/// or already taken, a folder outside the content, and a file that exists: it never overwrites.
/// </summary>
internal static class NewCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(string directory, string kind, string id, string? folder, ReadOptions options, TextWriter output, TextWriter error, TerminalInfo? terminal = null)
    {
        terminal ??= TerminalInfo.Plain;
        var content = LoadedContent.Load(directory, options, error, terminal);
        if (content is null)
        {
            return ExitCodes.UsageError;
        }

        var definition = content.Schema.Find(kind);
        if (definition is null || kind == KnowledgeBaseCompiler.KindKind)
        {
            var kinds = content.Schema.KindIds.ToList();
            var hint = kind == KnowledgeBaseCompiler.KindKind
                ? "; a new kind is a file of its own, kinds/<name>.md, whose front matter starts with 'kind: kind'"
                : $"{Suggestions.DidYouMean(kind, kinds)}; the kinds are {string.Join(", ", kinds)}";
            error.WriteLine($"factbase: no kind '{kind}' to make a fact of{hint}");
            return ExitCodes.UsageError;
        }

        if (!Ids.IsKebabCase(id))
        {
            error.WriteLine($"factbase: an id is lower-case kebab-case, such as '{Ids.ToKebabCase(id)}', not '{id}'");
            return ExitCodes.UsageError;
        }

        var taken = content.FindFact(id)?.Path
            ?? Directory.EnumerateFiles(directory, id + ".md", SearchOption.AllDirectories).Select(p => p.Replace('\\', '/')).FirstOrDefault();
        if (taken is not null)
        {
            error.WriteLine($"factbase: the id '{id}' is taken by {taken}: ids are unique across the knowledge base");
            return ExitCodes.UsageError;
        }

        folder ??= FactScaffold.ChooseFolder(content, kind);
        var root = Path.GetFullPath(directory);
        var target = Path.GetFullPath(Path.Join(root, folder, id + ".md"));
        if (!target.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            error.WriteLine($"factbase: the folder '{folder}' is outside {directory}: give a folder inside it");
            return ExitCodes.UsageError;
        }

        var display = Path.Join(directory, Path.GetRelativePath(root, target)).Replace('\\', '/');
        var text = FactScaffold.Render(kind, content.Schema.AllFields(kind));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // CreateNew: refuse to overwrite, even a file that appeared since the check above.
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }
        catch (IOException) when (File.Exists(target))
        {
            error.WriteLine($"factbase: {display} exists; it is left as it is");
            return ExitCodes.UsageError;
        }

        output.WriteLine(display);
        error.WriteLine($"factbase: fill in {FactScaffold.LeftToFillIn(content.Schema.AllFields(kind))} in {display}; until then 'factbase check {directory}' reports them");
        content.ReportProblemsBriefly(error);
        return ExitCodes.Success;
    }
}
