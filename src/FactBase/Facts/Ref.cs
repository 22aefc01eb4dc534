using System;

namespace FactBase;

/// <summary>
/// A typed reference to another fact, checked at build time: the id exists and names a
/// fact of kind <typeparamref name="T"/>. Resolved on use, so facts may refer to each
/// other in any order.
/// </summary>
/// <typeparam name="T">The kind of fact referred to.</typeparam>
public readonly struct Ref<T> : IEquatable<Ref<T>>
    where T : Fact
{
    private readonly KnowledgeBase? _knowledgeBase;

    /// <summary>A reference to the fact <paramref name="id"/> of <paramref name="knowledgeBase"/>.</summary>
    public Ref(string id, KnowledgeBase knowledgeBase)
    {
        Id = id;
        _knowledgeBase = knowledgeBase;
    }

    /// <summary>The id of the fact referred to.</summary>
    public string Id { get; }

    /// <summary>The fact referred to.</summary>
    public T Value => (_knowledgeBase ?? throw new InvalidOperationException("This ref is empty.")).Get<T>(Id);

    /// <summary>Follows the reference.</summary>
    public static implicit operator T(Ref<T> reference) => reference.Value;

    /// <summary>Whether two refs name the same fact.</summary>
    public static bool operator ==(Ref<T> left, Ref<T> right) => left.Equals(right);

    /// <summary>Whether two refs name different facts.</summary>
    public static bool operator !=(Ref<T> left, Ref<T> right) => !left.Equals(right);

    /// <summary>
    /// Whether the ref names <paramref name="fact"/>, which may be typed as any fact
    /// (<c>role.Holder == speaker</c> with a speaker typed as an entity).
    /// </summary>
    public static bool operator ==(Ref<T> reference, Fact? fact) => reference.Is(fact);

    /// <summary>Whether the ref names another fact than <paramref name="fact"/>.</summary>
    public static bool operator !=(Ref<T> reference, Fact? fact) => !reference.Is(fact);

    /// <summary>Whether the ref names <paramref name="fact"/>.</summary>
    public static bool operator ==(Fact? fact, Ref<T> reference) => reference.Is(fact);

    /// <summary>Whether the ref names another fact than <paramref name="fact"/>.</summary>
    public static bool operator !=(Fact? fact, Ref<T> reference) => !reference.Is(fact);

    /// <summary>
    /// Whether the ref names <paramref name="fact"/>. An optional ref (<c>Ref&lt;T&gt;?</c>) has the same
    /// method, from <see cref="RefExtensions"/>: <c>organization.Parent.Is(dhs)</c>.
    /// </summary>
    public bool Is(Fact? fact) => fact is not null && string.Equals(Id, fact.Id, StringComparison.Ordinal);

    /// <summary>The same reference, typed as a plain fact.</summary>
    public Ref<Fact> AsFact() => new(Id, _knowledgeBase!);

    /// <inheritdoc />
    public bool Equals(Ref<T> other) => string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ref<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Id;
}
