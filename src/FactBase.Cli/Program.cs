using System;
using System.CommandLine;
using FactBase.Cli.Commands;
using FactBase.Compiler.Reading;

namespace FactBase.Cli;

/// <summary>The <c>factbase</c> command line: argument parsing by System.CommandLine, work by the commands.</summary>
internal static class Program
{
    public static int Main(string[] args) => BuildRoot().Parse(args).Invoke();

    internal static RootCommand BuildRoot()
    {
        var checkDir = new Argument<string>("dir") { Description = "The content folder, such as 'content'." };
        var check = new Command("check", "Check every Markdown file under <dir>: prints each problem as 'path(line,col): error FBnnnn: message', then a summary; exits 1 on errors.")
        {
            checkDir,
        };
        check.SetAction(parse => CheckCommand.Run(parse.GetValue(checkDir)!, ReadOptions.Default, Console.Out, Console.Error));

        var exportDir = new Argument<string>("dir") { Description = "The content folder, such as 'content'." };
        var export = new Command("export", "Print the knowledge base under <dir> as one JSON document; problems go to standard error, and errors make the exit code 1.")
        {
            exportDir,
        };
        export.SetAction(parse =>
        {
            using var stdout = Console.OpenStandardOutput();
            return ExportCommand.Run(parse.GetValue(exportDir)!, ReadOptions.Default, stdout, Console.Error);
        });

        return new RootCommand("FactBase: check and export a knowledge base of Markdown facts.") { check, export };
    }
}
