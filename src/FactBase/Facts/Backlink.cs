namespace FactBase;

/// <summary>A ref pointing at a fact: the fact it comes from, and through which field.</summary>
/// <param name="From">The fact holding the ref.</param>
/// <param name="Field">The field, as written in front matter (<c>based-in</c>).</param>
public readonly record struct Backlink(Ref<Fact> From, string Field);
