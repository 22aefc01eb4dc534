using System.Linq;
using Microsoft.CodeAnalysis;

namespace FactBase.Benchmarks;

/// <summary>
/// Roslyn's own floor for an edit: a generator with the shape any per-file generator needs and no
/// work in it (read each file in its own step, collect, one output). What the driver costs to
/// walk its tables of 10,000 entries when one of them changes.
/// </summary>
internal sealed class BareGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select((text, cancellationToken) => text.GetText(cancellationToken)?.Length ?? 0);
        context.RegisterSourceOutput(lengths.Collect(), static (spc, all) => spc.AddSource("Bare.g.cs", $"// {all.Sum()}"));
    }
}
