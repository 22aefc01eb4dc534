namespace FactBase.Compiler.Common;

/// <summary>
/// C# names from kebab-case names: <c>based-in</c> becomes <c>BasedIn</c>, <c>2018-report</c>
/// becomes <c>_2018Report</c>. Kebab-case is letters and digits, so the result is always
/// an identifier, and never a keyword since keywords are lower-case. The linker uses the
/// same rules to report two names that would become one.
/// </summary>
public static class Naming
{
    /// <summary>The one class every generated knowledge base has, beside the kinds.</summary>
    public const string KnowledgeBaseClass = "Kb";

    /// <summary>Members every class has from System.Object: no generated member may take their names.</summary>
    public static readonly string[] ObjectMembers = ["Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize"];

    /// <summary>Members of FactBase.Fact that a field must not shadow.</summary>
    public static readonly string[] FactMembers = ["Id", "Kind", "Path", "Sources", "Body", "Dates", "ReferencedBy", .. ObjectMembers];

    /// <summary>
    /// Members of the generated Kb class beside one collection per kind: a kind's plural may not
    /// take these names. KnowledgeBaseEmitter emits exactly these; a generator test checks it.
    /// </summary>
    public static readonly string[] KnowledgeBaseMembers = [
        "Base", "Facts", "Find", "Get", "OfKind", "ReferencesTo", "LinksOf", "Reachable", "AsOf", "Before", "After", "During",
        "SourcesOf", "CitingSource", "WithStatus", "CitationsWith", "ClaimedBy", "Search", "SearchQuotes", .. ObjectMembers,
    ];

    /// <summary>The member of each collection class that lists its facts.</summary>
    public const string AllMember = "All";

    public static string Pascal(string kebab)
    {
        // One char more than the id at most: the '_' before a leading digit.
        var chars = new char[kebab.Length + 1];
        var length = 0;
        if (kebab.Length > 0 && char.IsDigit(kebab[0]))
        {
            chars[length++] = '_';
        }

        var upper = true;
        foreach (var c in kebab)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            chars[length++] = upper ? char.ToUpperInvariant(c) : c;
            upper = false;
        }

        return new string(chars, 0, length);
    }

    public static string EnumTypeName(string kind, string field) => Pascal(kind) + Pascal(field);
}
