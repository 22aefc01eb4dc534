namespace FactBase;

/// <summary>A date one of a fact's fields gives, with the field: the contract's <c>announced</c> is <c>--03</c>.</summary>
/// <param name="Field">The field, as written in front matter (<c>announced</c>).</param>
/// <param name="Date">The date, in the precision the source gives.</param>
public readonly record struct FactDate(string Field, PartialDate Date)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field} {Date}";
}
