using System;
using System.CommandLine;
using FactBase.Cli.Site;
using FactBase.Cli.Terminal;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Commands;

/// <summary>
/// The arguments and options of <c>site</c> and <c>serve</c>, kept beside their commands so that
/// <see cref="Program"/> only lists them.
/// </summary>
internal static class SiteCommandLine
{
    public static Command Site(Func<ParseResult, ReadOptions> limits, TerminalInfo terminal)
    {
        var dir = new Argument<string>("dir") { Description = "The content folder.", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the site into: new, empty, or a site factbase wrote before (its stale pages are removed).",
            Required = true,
            HelpName = "folder",
        };
        var title = Title();
        var command = new Command("site", "Write the knowledge base under <dir> as a static site (pages, timeline, graph, search) that works from any static host and from file://.")
        {
            dir,
            output,
            title,
        };
        command.SetAction(parse => SiteCommand.Run(
            parse.GetValue(dir)!,
            parse.GetValue(output)!,
            new SiteOptions(parse.GetValue(title)!),
            limits(parse),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            terminal));
        return command;
    }

    private static Option<string> Title() => new("--title")
    {
        Description = "The site's name, at the top of every page.",
        DefaultValueFactory = _ => SiteOptions.DefaultTitle,
        HelpName = "text",
    };
}
