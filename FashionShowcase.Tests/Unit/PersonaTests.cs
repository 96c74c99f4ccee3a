using System.Text.RegularExpressions;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Shoppers;

namespace FashionShowcase.Tests.Unit;

public sealed class PersonaTests
{
    // What a word in a description claims about a weight: attribute and sign.
    private static readonly Dictionary<string, (VisualAttribute Attribute, int Sign)> AttributeWords = new()
    {
        ["dark"] = (VisualAttribute.Brightness, -1),
        ["light"] = (VisualAttribute.Brightness, +1),
        ["light-coloured"] = (VisualAttribute.Brightness, +1),
        ["bright"] = (VisualAttribute.Brightness, +1),
        ["roomy"] = (VisualAttribute.Area, +1),
        ["bulky"] = (VisualAttribute.Area, +1),
        ["slim"] = (VisualAttribute.Area, -1),
        ["small"] = (VisualAttribute.Area, -1),
        ["patterned"] = (VisualAttribute.Texture, +1),
        ["textured"] = (VisualAttribute.Texture, +1),
        ["plain"] = (VisualAttribute.Texture, -1),
        ["high-contrast"] = (VisualAttribute.Contrast, +1),
        ["bold"] = (VisualAttribute.Contrast, +1),
        ["muted"] = (VisualAttribute.Contrast, -1),
        ["symmetric"] = (VisualAttribute.Symmetry, +1),
        ["asymmetric"] = (VisualAttribute.Symmetry, -1),
        ["quirky"] = (VisualAttribute.Symmetry, -1),
    };

    private static readonly Dictionary<string, FashionClass[]> ClassWords = new()
    {
        ["tops"] = [.. Categories.ClassesIn(CategoryGroup.Tops)],
        ["t-shirts"] = [FashionClass.TShirtTop],
        ["trousers"] = [FashionClass.Trouser],
        ["pullovers"] = [FashionClass.Pullover],
        ["dresses"] = [FashionClass.Dress],
        ["coats"] = [FashionClass.Coat],
        ["sandals"] = [FashionClass.Sandal],
        ["shirts"] = [FashionClass.Shirt],
        ["sneakers"] = [FashionClass.Sneaker],
        ["bags"] = [FashionClass.Bag],
        ["boots"] = [FashionClass.AnkleBoot],
    };

    private static string[] Words(string text) => Regex.Split(text.ToLowerInvariant(), "[^a-z-]+").Where(w => w.Length > 0).ToArray();

    public static TheoryData<string> PersonaIds() => [.. Personas.All.Select(p => p.Id)];

    [Fact]
    public void There_are_at_least_eight_personas_with_distinct_ids_and_names()
    {
        Assert.True(Personas.All.Count >= 8);
        Assert.Equal(Personas.All.Count, Personas.All.Select(p => p.Id).Distinct().Count());
        Assert.Equal(Personas.All.Count, Personas.All.Select(p => p.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(PersonaIds))]
    public void Every_attribute_the_description_names_has_a_weight_of_that_sign(string id)
    {
        var persona = Personas.Find(id);
        var named = Words(persona.Description).Where(AttributeWords.ContainsKey).Select(w => AttributeWords[w]).ToArray();
        Assert.NotEmpty(named);
        foreach (var (attribute, sign) in named)
            Assert.True(Math.Sign(persona.Weight(attribute)) == sign && Math.Abs(persona.Weight(attribute)) >= 0.8,
                $"{id}: the description implies {attribute} {(sign > 0 ? "+" : "-")}, the weight is {persona.Weight(attribute)}.");
    }

    [Theory]
    [MemberData(nameof(PersonaIds))]
    public void Every_strong_attribute_weight_is_named_in_the_description(string id)
    {
        var persona = Personas.Find(id);
        var named = Words(persona.Description).Where(AttributeWords.ContainsKey).Select(w => AttributeWords[w].Attribute).ToHashSet();
        foreach (var attribute in VisualAttributes.All.Where(a => Math.Abs(persona.Weight(a)) >= 0.5))
            Assert.True(named.Contains(attribute), $"{id}: weight {persona.Weight(attribute)} on {attribute} is not in \"{persona.Description}\".");
    }

    [Theory]
    [MemberData(nameof(PersonaIds))]
    public void Classes_named_as_liked_or_avoided_match_the_affinities(string id)
    {
        var persona = Personas.Find(id);
        var parts = persona.Description.ToLowerInvariant().Split("avoids");
        var liked = Words(parts[0]).Where(ClassWords.ContainsKey).SelectMany(w => ClassWords[w]).ToHashSet();
        var avoided = parts.Length > 1 ? Words(parts[1]).Where(ClassWords.ContainsKey).SelectMany(w => ClassWords[w]).ToHashSet() : [];
        foreach (var c in Categories.All)
        {
            var a = persona.Affinity(c);
            if (liked.Contains(c)) Assert.True(a >= 1.0, $"{id}: described as liking {c} but affinity is {a}.");
            else if (avoided.Contains(c)) Assert.True(a <= -1.0, $"{id}: described as avoiding {c} but affinity is {a}.");
            else Assert.True(Math.Abs(a) < 1.0, $"{id}: strong affinity {a} for {c} is not in \"{persona.Description}\".");
        }
    }

    [Fact]
    public void An_unknown_persona_is_refused_with_the_list_of_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => Personas.Find("pirate"));
        Assert.Contains("night-owl", e.Message);
    }
}
