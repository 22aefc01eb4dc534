using System;
using FactBase.Corpus;

namespace FactBase.Benchmarks;

internal static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["corpus", var directory, var count]:
                var files = CorpusGenerator.Write(directory, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
                Console.WriteLine($"{directory}: {files} files");
                return 0;
            default:
                Console.Error.WriteLine("usage: corpus <dir> <count>");
                return 2;
        }
    }
}
