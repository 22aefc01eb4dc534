namespace FactBase.Generator.Tests.Harness;

/// <summary>A small knowledge base that uses every field type, extends, enums, refs and citations.</summary>
internal static class SampleContent
{
    public static readonly (string Path, string Text)[] Files =
    [
        ("kinds/entity.md", """
            ---
            kind: kind
            plural: entities
            fields:
              name: string
              aliases: list<string>?
              note: { type: text?, doc: "A remark, in inline Markdown." }
            ---
            Anything with a name.
            """),
        ("kinds/organization.md", """
            ---
            kind: kind
            extends: entity
            fields:
              based-in: ref<place>?
              size: quantity?
              founded: date?
              budget: money?
              active: bool?
              category: enum(company, nonprofit)?
              staff: int?
              rating: decimal?
              site: url?
              parent: ref<organization>?
            ---
            An organization: a company or a nonprofit.
            """),
        ("kinds/place.md", """
            ---
            kind: kind
            extends: entity
            ---
            A place.
            """),
        ("kinds/source.md", """
            ---
            kind: kind
            fields:
              title: string
            ---
            Where facts come from.
            """),
        ("sources/article.md", """
            ---
            kind: source
            title: "Group rejects donation"
            ---
            The article.
            """),
        ("places/texas.md", """
            ---
            kind: place
            name: Texas
            ---
            """),
        ("organizations/raices.md", """
            ---
            kind: organization
            name: RAICES
            aliases: [Refugee and Immigrant Center for Education and Legal Services]
            note: A *Texas-based* group
            based-in: texas
            size: about 130 people
            founded: 1986
            budget: more than 1,000 USD
            active: true
            category: nonprofit
            staff: 130
            rating: 4.5
            site: https://example.org/raices
            sources:
              - source: article
                quote: "a group of about 130"
            ---
            A nonprofit in **Texas**.

            It helps immigrant families.
            """),
        ("organizations/salesforce.md", """
            ---
            kind: organization
            name: Salesforce
            founded: --03
            budget: about 40 million USD
            sources:
              - source: article
                quote: "about $40 million"
                status: unconfirmed
                by: raices
                note: activists say so
            ---
            """),
    ];
}
