using System.Globalization;

namespace FactBase;

/// <summary>A count or measure, with how exact the source is about it and an optional unit.</summary>
/// <param name="Value">The figure, scale words applied.</param>
/// <param name="Qualifier">Exact, about, more than...</param>
/// <param name="Unit">The unit as written (<c>people</c>), if any.</param>
public readonly record struct Quantity(decimal Value, Qualifier Qualifier, string? Unit)
{
    /// <summary>Whether the figure is only approximate or a bound.</summary>
    public bool IsApproximate => Qualifier != Qualifier.Exact;

    /// <summary>As the source would say it: <c>more than 600</c>, <c>about 130 people</c>.</summary>
    public override string ToString() =>
        Qualifier.Prefix() + Value.ToString("#,0.##", CultureInfo.InvariantCulture) + (Unit is null ? string.Empty : " " + Unit);
}
