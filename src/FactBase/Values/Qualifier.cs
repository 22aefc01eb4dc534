namespace FactBase;

/// <summary>How a figure relates to the truth, as the source words it.</summary>
public enum Qualifier
{
    /// <summary>The figure as stated, with no qualifier.</summary>
    Exact,

    /// <summary>"about", "around": an approximation.</summary>
    About,

    /// <summary>"more than": a strict lower bound.</summary>
    MoreThan,

    /// <summary>"at least": a lower bound.</summary>
    AtLeast,

    /// <summary>"less than": a strict upper bound.</summary>
    LessThan,

    /// <summary>"at most": an upper bound.</summary>
    AtMost,
}

/// <summary>How qualifiers read in prose.</summary>
public static class QualifierText
{
    /// <summary>The qualifier's words, with a trailing space, or empty for an exact figure.</summary>
    public static string Prefix(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "about ",
        Qualifier.MoreThan => "more than ",
        Qualifier.AtLeast => "at least ",
        Qualifier.LessThan => "less than ",
        Qualifier.AtMost => "at most ",
        _ => string.Empty,
    };

    /// <summary>The qualifier as the JSON export writes it: <c>exact</c>, <c>more-than</c>...</summary>
    public static string ToKebabCase(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "about",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.LessThan => "less-than",
        Qualifier.AtMost => "at-most",
        _ => "exact",
    };
}
