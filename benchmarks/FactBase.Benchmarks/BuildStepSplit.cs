using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactBase.Compiler.Pipeline;
using FactBase.Compiler.Reading;

namespace FactBase.Benchmarks;

/// <summary>
/// Where the build step's time goes, in this process (as FactBase's build server runs it once warm): the
/// steps of <see cref="BuildStep.Run"/> done one by one, cold (no cache) and after one body edited (the cache
/// of the cold run), beside the whole of BuildStep.Run for each. The records assembly's PE writing (in
/// FactBase.Build) is not in it.
/// </summary>
internal static class BuildStepSplit
{
    public static void Run(string root)
    {
        root = Path.GetFullPath(root).TrimEnd('/') + "/";
        var output = Path.Combine(Path.GetTempPath(), $"factbase-buildstep-{Environment.ProcessId}");
        var paths = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Where(ContentPaths.IsContent).Order(StringComparer.Ordinal).ToList();
        var edited = paths.First(p => p.Contains("/organizations/", StringComparison.Ordinal));
        var original = File.ReadAllText(edited);
        try
        {
            for (var round = 0; round < 4; round++)
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }

                Directory.CreateDirectory(output);
                var cold = Split(paths, root, output);
                File.WriteAllText(edited, original + $"\nEdit {round}.\n");
                var edit = Split(paths, root, output);
                File.WriteAllText(edited, original);
                var whole = Measure.Milliseconds(() => BuildStep.Run(new BuildStepInput(paths, root, ReadOptions.Default, output)));
                Console.WriteLine($"cold: {cold} | one body edited: {edit} | BuildStep.Run, one file changed back: {whole:F0} ms");
            }
        }
        finally
        {
            File.WriteAllText(edited, original);
            Directory.Delete(output, recursive: true);
        }
    }

    private static string Split(List<string> paths, string root, string output)
    {
        GC.Collect();
        var options = ReadOptions.Default;
        var files = new SourceFile[paths.Count];
        var read = Measure.Milliseconds(() => Parallel.For(0, paths.Count, i => files[i] = new SourceFile(paths[i], ContentPaths.Relative(paths[i], root), ContentText.Read(paths[i]))));
        var byRelative = files.ToDictionary(f => f.RelativePath, f => f.Path);
        PersistentCache cache = null!;
        var open = Measure.Milliseconds(() => cache = PersistentCache.Open(output, r => byRelative.TryGetValue(r, out var p) ? p : r, BuildStep.LockTimeout));
        using (cache)
        {
            var count = 0;
            CompiledContent compiled = null!;
            var compile = Measure.Milliseconds(() => compiled = ContentPipeline.Compile(files, new CompileOptions(options, Records: true), cache.Results, () => System.Threading.Interlocked.Increment(ref count)));
            (byte[] Records, string Index) outputs = ([], string.Empty);
            var write = Measure.Milliseconds(() => outputs = BuildStep.Outputs(compiled));
            var save = Measure.Milliseconds(() => cache.Save(cache.Results.Results(), options));
            return $"read and hash {read:F0} ms, open cache {open:F0} ms, compile {compile:F0} ms ({count} read), records and index {write:F0} ms ({outputs.Records.Length / 1_000_000.0:F1} MB, {outputs.Index.Length / 1_000_000.0:F1} M chars), save cache {save:F0} ms ({new FileInfo(cache.Path).Length / 1_000_000.0:F1} MB)";
        }
    }
}
