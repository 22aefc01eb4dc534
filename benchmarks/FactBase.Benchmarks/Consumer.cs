using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using FactBase.Corpus;

namespace FactBase.Benchmarks;

/// <summary>
/// Synthetic corpora (shared by every work tree: they are the same) and the query consumer over each,
/// in a temp folder: the consumer references the packed FactBase package as a user's project does, and
/// its program runs the query benchmarks (first query, per-operation costs) and the start-up-loading
/// baseline. Consumers, feed and package cache are this work tree's own (<see cref="Package.Home"/>).
/// </summary>
internal static class Consumer
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "factbase-bench");

    /// <summary>The repository, found from the benchmark upwards, with a trailing slash.</summary>
    public static string Repo { get; } = FindRepo();

    /// <summary>The corpus of <paramref name="count"/> facts, written once (0: an empty content folder).</summary>
    public static string Corpus(int count)
    {
        var directory = Path.Combine(Root, $"corpus-{count}", "content");
        var marker = Path.Combine(Root, $"corpus-{count}", "complete");
        if (!File.Exists(marker))
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            if (count > 0)
            {
                CorpusGenerator.Write(directory, count);
            }

            File.WriteAllText(marker, count.ToString(CultureInfo.InvariantCulture));
        }

        return directory;
    }

    /// <summary>
    /// The query consumer over the corpus of <paramref name="count"/> facts, a console program that
    /// references the packed FactBase package (<see cref="Package"/>) and Markdig and YamlDotNet for its
    /// start-up-loading baseline; returns its folder.
    /// </summary>
    public static string Project(int count)
    {
        var content = Corpus(count);
        var directory = Path.Combine(Package.Home, $"query-{count}");
        Directory.CreateDirectory(directory);
        Write(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <FactBaseContentRoot>{content}/</FactBaseContentRoot>
                <FactBaseNamespace>Consumer.Content</FactBaseNamespace>
                <DefineConstants Condition="{(count > 0 ? "true" : "false")}">$(DefineConstants);FACTBASE_CONTENT</DefineConstants>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactBase" Version="{Package.Version}" />
                <PackageReference Include="Markdig" Version="{Package.DependencyVersion("Markdig")}" />
                <PackageReference Include="YamlDotNet" Version="{Package.DependencyVersion("YamlDotNet")}" />
              </ItemGroup>
            </Project>
            """);
        Write(Path.Combine(directory, "Program.cs"), ConsumerProgram);
        return directory;
    }

    public static string Executable(string project) => Path.Combine(project, "bin", "Release", "net10.0", "Consumer");

    /// <summary>What every `dotnet build` of a consumer adds: the compiler server on, as on a user's machine, with this benchmark's own pipe.</summary>
    public static string BuildServers => $"-p:UseSharedCompilation=true -p:SharedCompilationId={Servers.CompilerPipe}";

    /// <summary>Runs a command, returns its standard output and error (throws on failure) and its wall time.</summary>
    public static (string Output, double Milliseconds) Run(string file, string arguments, string? directory = null, bool userEnvironment = true, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (code, output, elapsed) = RunExit(file, arguments, directory, userEnvironment, environment);
        if (code != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited {code}:\n{output}");
        }

        return (output, elapsed);
    }

    /// <summary>
    /// Runs a command; its exit code, standard output and error, and wall time. With <paramref name="userEnvironment"/>
    /// (consumers), in the environment a user's machine has: this sandbox's UseSharedCompilation=false,
    /// MSBUILDDISABLENODEREUSE=1 and DOTNET_CLI_USE_MSBUILD_SERVER=0 taken out (so MSBuild keeps its nodes and the
    /// compiler and FactBase's build servers run, as by default), the consumers' package cache, and this benchmark's mark.
    /// </summary>
    public static (int Code, string Output, double Milliseconds) RunExit(string file, string arguments, string? directory = null, bool userEnvironment = true, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory ?? Environment.CurrentDirectory,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" })
        {
            info.Environment.Remove(name);
        }

        if (userEnvironment)
        {
            foreach (var name in new[] { "UseSharedCompilation", "MSBUILDDISABLENODEREUSE", "DOTNET_CLI_USE_MSBUILD_SERVER" })
            {
                info.Environment.Remove(name);
            }

            info.Environment["NUGET_PACKAGES"] = Package.Cache;
            info.Environment[Servers.Variable] = Servers.Mark;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return (process.ExitCode, output + error.Result, elapsed);
    }

    private static void Write(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }

    private static string FindRepo()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "FactBase.sln")))
            {
                return directory.TrimEnd('/') + "/";
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }

    private const string ConsumerProgram = """
        // The consumer's program: each verb prints its figures; generated by FactBase.Benchmarks.
        using System.Diagnostics;
        using System.Globalization;
        using Markdig;
        using YamlDotNet.RepresentationModel;

        var watch = Stopwatch.StartNew();
        switch (args[0])
        {
            case "first":
            {
                // The first query after process start: lookup by id, which indexes every id and creates the one fact.
                var fact = Consumer.Content.Kb.Find(args[1]);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                Console.WriteLine($"first {elapsed.ToString("F3", CultureInfo.InvariantCulture)} {fact?.Id}");
                break;
            }
            case "load":
            {
                // The alternative: load the same Markdown at start-up with YamlDotNet and Markdig, on one thread.
                var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
                var count = 0;
                foreach (var path in Directory.EnumerateFiles(args[1], "*.md", SearchOption.AllDirectories))
                {
                    var text = File.ReadAllText(path);
                    var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
                    var yaml = new YamlStream();
                    yaml.Load(new StringReader(text[3..close]));
                    count += Markdown.ToHtml(text[(close + 4)..], pipeline).Length > 0 ? 1 : 0;
                }

                Console.WriteLine($"load {watch.Elapsed.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture)} {count}");
                break;
            }
        #if FACTBASE_CONTENT
            case "ops":
            {
                var facts = Consumer.Content.Kb.Facts;
                var random = new Random(1);
                var ids = Enumerable.Range(0, 1024).Select(_ => facts[random.Next(facts.Count)].Id).Select(id => new string(id.AsSpan())).ToArray();
                var targets = ids.Select(id => Consumer.Content.Kb.Find(id)!).ToArray();
                Console.WriteLine($"lookup {Time(1 << 22, i => Consumer.Content.Kb.Find(ids[i & 1023]) is null ? 0 : 1)}");

                // The host's floor for the same lookups: a frozen dictionary of every id, built by hand, in this process.
                var frozen = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(facts, f => f.Id, StringComparer.Ordinal);
                Console.WriteLine($"frozen {Time(1 << 22, i => frozen.TryGetValue(ids[i & 1023], out _) ? 1 : 0)}");
                Console.WriteLine($"backlinks {Time(1 << 22, i => Consumer.Content.Kb.ReferencesTo(targets[i & 1023]).Count)}");
                Console.WriteLine($"kind {Time(1 << 10, i => Consumer.Content.Kb.Organizations.Count(o => o.Category == Consumer.Content.OrganizationCategory.Nonprofit))} {Consumer.Content.Kb.Organizations.Count}");
                Console.WriteLine($"ofkind {Time(1 << 8, i => Consumer.Content.Kb.Base.OfKind<Consumer.Content.Organization>().Count())} {facts.Count}");
                break;
            }
        #endif
        }

        #if FACTBASE_CONTENT
        // Nanoseconds per call: warm-up, then the median of 15 batches.
        static string Time(int calls, Func<int, int> operation)
        {
            var sink = 0;
            for (var i = 0; i < calls; i++)
            {
                sink += operation(i);
            }

            var batches = new double[15];
            for (var b = 0; b < batches.Length; b++)
            {
                var batch = Stopwatch.StartNew();
                for (var i = 0; i < calls; i++)
                {
                    sink += operation(i);
                }

                batches[b] = batch.Elapsed.TotalNanoseconds / calls;
            }

            Array.Sort(batches);
            GC.KeepAlive(sink);
            return batches[batches.Length / 2].ToString("F2", CultureInfo.InvariantCulture);
        }
        #endif
        """;
}
