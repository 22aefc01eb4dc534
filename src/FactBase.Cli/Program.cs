using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using FactBase.Cli.Commands;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli;

/// <summary>
/// The <c>factbase</c> command line: System.CommandLine parses the arguments and prints help;
/// the commands do the work, as functions of their arguments and writers. Exit codes: 0 done,
/// 1 the content has errors, 2 the command could not run (bad arguments, no such folder).
/// </summary>
internal static class Program
{
    private const string DefaultContent = "content";

    public static int Main(string[] args) => Run(args, TerminalInfo.Detect());

    /// <summary>Parses and runs; a parse error (unknown option, missing argument) exits 2, not System.CommandLine's 1.</summary>
    internal static int Run(string[] args, TerminalInfo terminal, InvocationConfiguration? configuration = null)
    {
        var parse = BuildRoot(terminal).Parse(args);
        configuration ??= new InvocationConfiguration();
        configuration.EnableDefaultExceptionHandler = false;
        // Ctrl+C ends most commands at once, as usual; 'watch' handles it itself and stops cleanly.
        configuration.ProcessTerminationTimeout = null;
        try
        {
            var code = parse.Invoke(configuration);
            return parse.Errors.Count > 0 ? ExitCodes.UsageError : code;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            configuration.Error.WriteLine($"factbase: {e.Message}");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>
    /// The root is named 'factbase' whatever the executable is called (a RootCommand would take
    /// 'FactBase.Cli' from the assembly), so help and messages name the command people type.
    /// </summary>
    internal static Command BuildRoot(TerminalInfo terminal)
    {
        // The limits the build takes as MSBuild properties, so check agrees with a build that raises them.
        var maxFileSize = new Option<int>("--max-file-size")
        {
            Description = "The largest Markdown file, in bytes, as the MSBuild property FactBaseMaxFileSize.",
            DefaultValueFactory = _ => ReadOptions.DefaultMaxFileSize,
            Recursive = true,
            HelpName = "bytes",
        };
        var maxDepth = new Option<int>("--max-depth")
        {
            Description = "The deepest front matter nesting, as the MSBuild property FactBaseMaxDepth.",
            DefaultValueFactory = _ => ReadOptions.DefaultMaxDepth,
            Recursive = true,
            HelpName = "levels",
        };
        maxFileSize.Validators.Add(result => RequirePositive(result, maxFileSize));
        maxDepth.Validators.Add(result => RequirePositive(result, maxDepth));
        ReadOptions Limits(ParseResult parse) => new(parse.GetValue(maxFileSize), parse.GetValue(maxDepth));

        var checkDir = DirArgument();
        var check = new Command("check", "Check every Markdown file under <dir>: prints each problem as 'path(line,col): error FBnnnn: message', then a summary; exits 1 on errors.")
        {
            checkDir,
        };
        check.SetAction(parse => CheckCommand.Run(parse.GetValue(checkDir)!, Limits(parse), Out(parse), Err(parse), terminal));

        var exportDir = DirArgument();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one document with kinds and facts; jsonl: JSON Lines, one fact a line, for large sets; nt or ttl: RDF (N-Triples or Turtle); parquet: Parquet files into --output.",
            DefaultValueFactory = _ => "json",
            HelpName = "json|jsonl|nt|ttl|parquet",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "nt", "ttl", "parquet");
        var exportBase = new Option<string?>("--base")
        {
            Description = "With nt or ttl: the IRI that facts, kinds and properties are named under, ending in '/' (default https://example.org/factbase/).",
            HelpName = "iri",
        };
        var exportOutput = new Option<string?>("--output", "-o")
        {
            Description = "With parquet: the folder to write, new or empty; nothing is overwritten.",
            HelpName = "folder",
        };
        var export = new Command("export", "Print the knowledge base under <dir> as JSON or RDF on standard output, or write it as Parquet files; problems go to standard error, and errors make the exit code 1.")
        {
            exportDir,
            format,
            exportBase,
            exportOutput,
        };
        export.SetAction(parse =>
        {
            using var stdout = Console.OpenStandardOutput();
            var chosen = System.Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true);
            return ExportCommand.Run(parse.GetValue(exportDir)!, Limits(parse), stdout, Err(parse), chosen, terminal, parse.GetValue(exportBase), parse.GetValue(exportOutput));
        });

        var listDir = DirArgument();
        var listKind = new Option<string?>("--kind", "-k")
        {
            Description = "Only facts of this kind, or of a kind that extends it (--kind event lists donations too).",
            HelpName = "kind",
        };
        var list = new Command("list", "List the facts under <dir>, sorted by id: a table on a terminal; 'id<TAB>kind<TAB>path' lines into a pipe or a file.")
        {
            listDir,
            listKind,
        };
        list.SetAction(parse => ListCommand.Run(parse.GetValue(listDir)!, parse.GetValue(listKind), Limits(parse), Out(parse), Err(parse), terminal));

        var showId = new Argument<string>("id") { Description = "The id of the fact, such as 'raices'." };
        var showDir = DirOption();
        var show = new Command("show", "Show one fact: its fields, the facts it refers to, the facts that refer to it or cite it, its sources and its body.")
        {
            showId,
            showDir,
        };
        show.SetAction(parse => ShowCommand.Run(parse.GetValue(showDir)!, parse.GetValue(showId)!, Limits(parse), Out(parse), Err(parse), terminal));

        var newKind = new Argument<string>("kind") { Description = "The kind of the new fact, such as 'person'." };
        var newId = new Argument<string>("id") { Description = "The new fact's id, in lower-case kebab-case: it is also the file name." };
        var newDir = DirOption();
        var newFolder = new Option<string?>("--folder")
        {
            Description = "The folder under the content to write to (default: where facts of that kind already are, else the kind's plural).",
            HelpName = "folder",
        };
        var create = new Command("new", "Write a new fact's Markdown file with every field of its kind: required ones first and empty, optional ones commented out. Prints its path; never overwrites.")
        {
            newKind,
            newId,
            newDir,
            newFolder,
        };
        create.SetAction(parse => NewCommand.Run(parse.GetValue(newDir)!, parse.GetValue(newKind)!, parse.GetValue(newId)!, parse.GetValue(newFolder), Limits(parse), Out(parse), Err(parse), terminal));

        var schemaDir = DirArgument();
        var schemaKind = new Option<string?>("--kind", "-k")
        {
            Description = "Only this kind's schema (default: the schema for any fact, which picks the kind's by the 'kind' key).",
            HelpName = "kind",
        };
        var schemaOutput = new Option<string?>("--output", "-o")
        {
            Description = "Write the schemas into this folder, one file a kind plus factbase.schema.json, and print their paths.",
            HelpName = "folder",
        };
        var schema = new Command("schema", "Print JSON Schemas for the front matter of facts, for YAML editors to complete and validate with (see docs/cli.md).")
        {
            schemaDir,
            schemaKind,
            schemaOutput,
        };
        schema.SetAction(parse => SchemaCommand.Run(parse.GetValue(schemaDir)!, parse.GetValue(schemaKind), parse.GetValue(schemaOutput), Limits(parse), Out(parse), Err(parse), terminal));

        var watchDir = DirArgument();
        var debounce = new Option<int>("--debounce")
        {
            Description = "Milliseconds to wait for a burst of saves to settle before re-checking.",
            DefaultValueFactory = _ => (int)WatchSettings.DefaultDebounce.TotalMilliseconds,
            HelpName = "ms",
        };
        debounce.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 60_000)
            {
                result.AddError("--debounce takes milliseconds from 0 to 60000.");
            }
        });
        var all = new Option<bool>("--all")
        {
            Description = "After each re-check, print every problem, not only what changed (for an editor's problem matcher).",
        };
        var watch = new Command("watch", "Check <dir>, then re-check it on every save and print the problems that are new and those that are fixed; Ctrl+C stops.")
        {
            watchDir,
            debounce,
            all,
        };
        // Ctrl+C (and a polite kill) is how one stops watching: end the loop, say so, exit 0.
        watch.SetAction((parse, cancellation) => StopSignals.RunAsync(cancellation, stop => WatchCommand.RunAsync(
            parse.GetValue(watchDir)!,
            Limits(parse),
            new WatchSettings(TimeSpan.FromMilliseconds(parse.GetValue(debounce)), parse.GetValue(all)),
            Out(parse),
            Err(parse),
            terminal,
            stop)));

        var lspDir = new Argument<string?>("dir")
        {
            Description = "The content folder (default: the workspace's content/ folder, as the editor names the workspace).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var lsp = new Command("lsp", "Run the language server on standard input and output, for editors: diagnostics as you type, completion, hover, go to definition, references, rename and quick fixes (see docs/editors.md).")
        {
            lspDir,
            new Option<bool>("--stdio") { Description = "Accepted for editors that pass it: standard input and output are the only transport." },
        };
        lsp.SetAction((parse, cancellation) => LanguageServer.LspCommand.RunAsync(parse.GetValue(lspDir), Limits(parse), cancellation));

        return new Command(
            "factbase",
            "FactBase: check, export and explore a knowledge base of Markdown facts.\n" +
            "Exit codes: 0 done, 1 the content has errors, 2 the command could not run (bad arguments, no such folder or fact).")
        {
            new HelpOption(),
            new VersionOption(),
            maxFileSize,
            maxDepth,
            check,
            export,
            list,
            show,
            create,
            schema,
            watch,
            SiteCommandLine.Site(Limits, terminal),
            SiteCommandLine.Serve(Limits, terminal),
            lsp,
        };
    }

    private static void RequirePositive(System.CommandLine.Parsing.OptionResult result, Option<int> option)
    {
        if (result.GetValueOrDefault<int>() <= 0)
        {
            result.AddError($"{option.Name} takes a whole number above 0.");
        }
    }

    private static Argument<string> DirArgument() => new("dir")
    {
        Description = "The content folder.",
        DefaultValueFactory = _ => DefaultContent,
    };

    private static Option<string> DirOption() => new("--dir", "-d")
    {
        Description = "The content folder.",
        DefaultValueFactory = _ => DefaultContent,
        HelpName = "dir",
    };

    private static TextWriter Out(ParseResult parse) => parse.InvocationConfiguration.Output;

    private static TextWriter Err(ParseResult parse) => parse.InvocationConfiguration.Error;
}
