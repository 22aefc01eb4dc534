using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Cli.Loading;
using FactBase.Cli.Site.Html;
using FactBase.Compiler.Diagnostics;

namespace FactBase.Cli.Site.Pages;

/// <summary>
/// What <c>serve</c> shows instead of the site while the content has errors: each problem with its
/// file, line and column, its message, and the lines around it, the line itself marked. It reloads
/// itself, as every page <c>serve</c> sends does, once the content is fixed.
/// </summary>
internal static class ProblemsPage
{
    private const int ContextLines = 2;

    /// <summary>A longer line is cut: a minified or generated line would bury the problem.</summary>
    private const int MaxLine = 240;

    public static byte[] Write(LoadedContent content, SiteOptions options)
    {
        // Served in place of any page, at any depth: its links start from the server's root.
        var page = new PageInfo("problems.html", "Problems in the content") { Root = "/" };
        var html = Layout.Begin(page, options, "problems-page");
        html.Open("header", ("class", "page-head"));
        html.Element("h1", $"{content.Directory} has {LoadedContent.Plural(content.Errors, "error")}");
        html.Element("p", "Fix them and save: this page reloads by itself, and shows the site once the content compiles.", ("class", "lead"));
        html.Close("header");
        html.Open("ol", ("class", "problem-list"));
        var texts = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var diagnostic in content.OrderedDiagnostics)
        {
            html.Open("li", ("class", diagnostic.IsError ? "problem" : "problem warning-problem"));
            html.Element("p", $"{diagnostic.Path}({diagnostic.Span.Line},{diagnostic.Span.Column})", ("class", "where"));
            html.Element("p", $"{(diagnostic.IsError ? "error" : "warning")} {diagnostic.Id}: {diagnostic.Message}");
            if (!texts.TryGetValue(diagnostic.Path, out var lines))
            {
                texts[diagnostic.Path] = lines = Read(diagnostic.Path);
            }

            if (lines is not null)
            {
                Excerpt(html, lines, diagnostic);
            }

            html.Close("li");
        }

        html.Close("ol");
        return Layout.End(html, $"factbase serve, {content.Summary}");
    }

    /// <summary>The lines around the problem, numbered; the problem's line marked, with a caret under its column.</summary>
    private static void Excerpt(HtmlWriter html, string[] lines, Diagnostic diagnostic)
    {
        var line = Math.Clamp(diagnostic.Span.Line, 1, Math.Max(1, lines.Length));
        var first = Math.Max(1, line - ContextLines);
        var last = Math.Min(lines.Length, line + ContextLines);
        var width = last.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        html.Open("pre", ("aria-label", $"lines {first} to {last} of {diagnostic.Path}"));
        for (var number = first; number <= last; number++)
        {
            var text = $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)} | {Rendering.LinkTable.Cut(lines[number - 1].TrimEnd('\r'), MaxLine)}";
            if (number == line)
            {
                // A block of its own (no line break in the text), then the caret under the column.
                html.Element("span", text, ("class", "here"));
                html.Text(new string(' ', width + 3 + Math.Max(0, diagnostic.Span.Column - 1)) + "^\n");
            }
            else
            {
                html.Text(text + "\n");
            }
        }

        html.Close("pre");
    }

    private static string[]? Read(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
