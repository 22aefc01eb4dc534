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

    public static Command Serve(Func<ParseResult, ReadOptions> limits, TerminalInfo terminal)
    {
        var dir = new Argument<string>("dir") { Description = "The content folder.", DefaultValueFactory = _ => "content" };
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to listen on, on 127.0.0.1 only.",
            DefaultValueFactory = _ => ServeSettings.DefaultPort,
            HelpName = "port",
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65_535)
            {
                result.AddError("--port takes a port number from 1 to 65535.");
            }
        });
        var title = Title();
        var command = new Command("serve", "Preview the site of <dir> on http://127.0.0.1: rebuilt on every save, open pages reload; content errors show as a page. Ctrl+C stops.")
        {
            dir,
            port,
            title,
        };
        command.SetAction((parse, cancellation) => StopSignals.RunAsync(cancellation, stop => ServeCommand.RunAsync(
            parse.GetValue(dir)!,
            new ServeSettings(parse.GetValue(port), WatchSettings.DefaultDebounce),
            new SiteOptions(parse.GetValue(title)!),
            limits(parse),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            terminal,
            stop)));
        return command;
    }

    private static Option<string> Title() => new("--title")
    {
        Description = "The site's name, at the top of every page.",
        DefaultValueFactory = _ => SiteOptions.DefaultTitle,
        HelpName = "text",
    };
}
