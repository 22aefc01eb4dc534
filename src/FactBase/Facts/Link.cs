namespace FactBase;

/// <summary>Which way a ref runs, seen from the fact whose links are asked for.</summary>
public enum LinkDirection
{
    /// <summary>The fact's own field refers to the other fact (<c>cbp.parent</c> is <c>dhs</c>).</summary>
    Outgoing,

    /// <summary>The other fact's field refers to the fact (the contract's <c>client</c> is <c>cbp</c>).</summary>
    Incoming,
}

/// <summary>A ref between a fact and another, seen from the fact: the other fact, the field holding the ref, and which way it runs.</summary>
/// <param name="Other">The fact at the other end.</param>
/// <param name="Field">The field holding the ref, as written in front matter: the fact's own when outgoing, the other fact's when incoming.</param>
/// <param name="Direction">Whether the fact refers to the other, or the other to the fact.</param>
public readonly record struct Link(Fact Other, string Field, LinkDirection Direction)
{
    /// <summary>As <c>-parent-> dhs</c> or <c>&lt;-client- salesforce-cbp-contract</c>.</summary>
    public override string ToString() => Direction == LinkDirection.Outgoing ? $"-{Field}-> {Other.Id}" : $"<-{Field}- {Other.Id}";
}
