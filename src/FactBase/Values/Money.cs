using System.Globalization;

namespace FactBase;

/// <summary>An amount of money, with its ISO 4217 currency and how exact the source is about it.</summary>
/// <param name="Amount">The figure, scale words applied (<c>40 million</c> is 40000000).</param>
/// <param name="Currency">The ISO 4217 code, such as USD.</param>
/// <param name="Qualifier">Exact, about, more than...</param>
public readonly record struct Money(decimal Amount, string Currency, Qualifier Qualifier)
{
    /// <summary>Whether the figure is only approximate or a bound.</summary>
    public bool IsApproximate => Qualifier != Qualifier.Exact;

    /// <summary>As the source would say it: <c>about 40,000,000 USD</c>.</summary>
    public override string ToString() => Qualifier.Prefix() + Amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + Currency;
}
