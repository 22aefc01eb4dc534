namespace FactBase.Tests.Facts;

public class RefTests
{
    private static readonly Person Ryan = new() { Id = "ryan", Kind = "person", Path = "content/ryan.md" };
    private static readonly Entity Raices = new() { Id = "raices", Kind = "entity", Path = "content/raices.md" };
    private static readonly KnowledgeBase Kb = new(() => [Ryan, Raices]);

    [Fact]
    public void Compares_with_a_fact_typed_as_any_kind()
    {
        var holder = new Ref<Person>("ryan", Kb);
        Entity speaker = Ryan;

        Assert.True(holder == speaker);
        Assert.True(speaker == holder);
        Assert.True(holder != Raices);
        Assert.False(holder == (Fact?)null);
    }

    [Fact]
    public void An_optional_ref_is_a_fact_only_when_set_and_naming_it()
    {
        Ref<Entity>? parent = new Ref<Entity>("raices", Kb);
        Ref<Entity>? none = null;

        Assert.True(parent.Is(Raices));
        Assert.False(parent.Is(Ryan));
        Assert.False(none.Is(Raices));
        Assert.False(parent.Is(null));
        Assert.True(none == null);
    }

    private class Entity : Fact
    {
    }

    private sealed class Person : Entity
    {
    }
}
