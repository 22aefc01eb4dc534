using System;
using System.IO;
using System.Linq;
using FactBase.Cli.LanguageServer.Workspace;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Cli.Tests.LanguageServer;

/// <summary>
/// The view over a snapshot answers an edit before the whole content is compiled again: where it
/// says it is exact, its diagnostics must be those of the whole compilation, file for file.
/// </summary>
public class WorkspaceViewTests
{
    private static readonly CompileOptions Options = new(ReadOptions.Default, KeepFacts: true);

    public static TheoryData<string, string, string?, bool> Edits => new()
    {
        { "a ref broken", "organizations/raices.md", Replace("organizations/raices.md", "based-in: texas", "based-in: texsa"), true },
        { "an id changed", "places/texas.md", Replace("places/texas.md", "kind: place", "kind: place\nid: lone-star"), true },
        { "a fact of another kind", "places/texas.md", Replace("places/texas.md", "kind: place", "kind: organization"), true },
        { "a fact deleted", "places/texas.md", null, true },
        { "a file broken", "places/texas.md", "---\nkind: place\nname: [\n---\n", true },
        { "a source renamed", "sources/reuters-raices-rejects-salesforce-donation.md", Replace("sources/reuters-raices-rejects-salesforce-donation.md", "kind: source", "kind: source\nid: reuters-article"), true },
        { "a fact added", "places/austin.md", "---\nkind: place\nname: Austin\npart-of: texas\n---\n", true },
        { "an id taken twice", "places/austin.md", "---\nkind: place\nid: texas\nname: Austin\n---\n", false },
        { "a kind changed", "kinds/place.md", Replace("kinds/place.md", "kind: kind", "kind: kind\nplural: placez"), false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_exact_view_has_the_whole_compilations_diagnostics(string edit, string relative, string? text, bool exact)
    {
        using var content = TempContent.CopyOfShipped();
        var files = new ContentFiles(ContentRoot.At(content.Root));
        files.LoadAll();
        var (before, generation) = files.Current();
        var snapshot = Snapshot.Compile(before, generation, Options, new ResultCache(), default);

        var path = content.PathOf(relative);
        if (text is null)
        {
            File.Delete(path);
            files.Refresh(path);
        }
        else
        {
            files.Open(path, new OpenDocument(ContentRoot.UriOf(path), 2, new DocumentText(text)));
        }

        var (changed, now) = files.ChangedSince(snapshot.Generation);
        var view = WorkspaceView.Over(snapshot, changed, now, Options);
        var (after, afterGeneration) = files.Current();
        var whole = Snapshot.Compile(after, afterGeneration, Options, new ResultCache(), default);

        Assert.True(view.Exact == exact, edit);
        if (exact)
        {
            foreach (var file in before.Concat(after).Select(f => f.Path).Distinct())
            {
                Assert.True(whole.Diagnostics(file).SequenceEqual(view.Diagnostics(file)), $"{edit}: {file}\nwhole: {string.Join("\n", whole.Diagnostics(file))}\nview: {string.Join("\n", view.Diagnostics(file))}");
            }

            Assert.NotEmpty(view.DiagnosedPaths);
        }
    }

    private static string Replace(string relative, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Content, relative));
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }
}
