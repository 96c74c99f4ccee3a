using FashionShowcase.Core.Shoppers;
using static FashionShowcase.Tests.ShopperTestData;

namespace FashionShowcase.Tests.Unit;

public sealed class ShopperPopulationTests
{
    [Fact]
    public void The_same_seed_gives_the_same_shoppers_and_interactions()
    {
        var a = ShopperSet.Create(SmallCatalog(), TinyShoppers(seed: 5));
        var b = ShopperSet.Create(SmallCatalog(), TinyShoppers(seed: 5));
        for (int u = 0; u < a.Population.Count; u++)
        {
            Assert.Equal(a.Population.Shoppers[u].Interactions, b.Population.Shoppers[u].Interactions);
            Assert.Equal(a.Population.Shoppers[u].AttributeWeights, b.Population.Shoppers[u].AttributeWeights);
        }
    }

    [Fact]
    public void A_different_seed_gives_different_interactions()
    {
        var a = ShopperSet.Create(SmallCatalog(), TinyShoppers(seed: 5));
        var b = ShopperSet.Create(SmallCatalog(), TinyShoppers(seed: 6));
        Assert.Contains(Enumerable.Range(0, a.Population.Count),
            u => !a.Population.Shoppers[u].Interactions.SequenceEqual(b.Population.Shoppers[u].Interactions));
    }

    [Fact]
    public void Shoppers_interact_mostly_with_items_they_truly_score_high()
    {
        var set = ShopperSet.Create(SmallCatalog(), TinyShoppers());
        var scores = new double[set.Catalog.Count];
        double chosenPercentile = 0;
        int n = 0;
        foreach (var shopper in set.Population.Shoppers)
        {
            set.Oracle.ScoreCatalog(shopper.Id, scores);
            var sorted = scores.Order().ToArray();
            foreach (var item in shopper.Interactions)
            {
                chosenPercentile += (double)Array.BinarySearch(sorted, scores[item]) / sorted.Length;
                n++;
            }
        }
        // Uniform choice would average the 50th percentile; picky shoppers (τ = 0.3) sit far above it.
        Assert.True(chosenPercentile / n > 0.85, $"mean percentile of chosen items {chosenPercentile / n:F3}");
    }

    [Fact]
    public void Each_shopper_draws_distinct_items_within_the_allowed_count()
    {
        var options = TinyShoppers();
        var set = ShopperSet.Create(SmallCatalog(), options);
        Assert.Equal(options.Users, set.Population.Count);
        foreach (var s in set.Population.Shoppers)
        {
            Assert.InRange(s.Interactions.Count, options.MinInteractions, options.MaxInteractions);
            Assert.Equal(s.Interactions.Count, s.Interactions.Distinct().Count());
        }
    }

    [Fact]
    public void Shoppers_are_spread_evenly_over_the_personas()
    {
        var set = ShopperSet.Create(SmallCatalog(), TinyShoppers() with { Users = 90 });
        var counts = set.Population.Shoppers.GroupBy(s => s.PersonaIndex).Select(g => g.Count()).ToArray();
        Assert.Equal(Personas.All.Count, counts.Length);
        Assert.Equal(10, counts.Min());
        Assert.Equal(10, counts.Max());
    }

    [Fact]
    public void A_non_positive_temperature_is_refused_with_a_message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => (TinyShoppers() with { Temperature = 0 }).Validate());
        Assert.Contains("Temperature", e.Message);
    }

    [Fact]
    public void The_oracle_scores_a_generated_tensor_like_the_same_image_as_bytes()
    {
        var set = ShopperSet.Create(SmallCatalog(), TinyShoppers());
        var image = set.Catalog.Image(7).ToArray();
        var signed = image.Select(b => b / 127.5f - 1f).ToArray();
        using var tensor = TorchSharp.torch.tensor(signed).reshape(1, 1, 28, 28);
        var expected = set.Oracle.Score(3, 7);
        Assert.Equal(expected, set.Oracle.Score(3, image, set.Catalog.Label(7)), 5);
        Assert.Equal(expected, set.Oracle.Score(3, tensor, set.Catalog.Label(7))[0], 5);
    }

    [Fact]
    public void The_oracle_explanation_adds_up_to_the_score()
    {
        var set = ShopperSet.Create(SmallCatalog(), TinyShoppers());
        var explanation = set.Oracle.Explain(4, set.Catalog.Image(9), set.Catalog.Label(9));
        Assert.Equal(set.Oracle.Score(4, 9), explanation.Total, 5);
        Assert.Equal(explanation.Total, explanation.ClassPart + explanation.AttributeParts.Values.Sum(), 5);
    }

    [Fact]
    public void A_personas_representative_is_its_shopper_with_the_least_personal_noise()
    {
        var set = ShopperSet.Create(SmallCatalog(), TinyShoppers() with { AttributeNoise = 1.0, AffinityNoise = 1.0 });
        var persona = Personas.Find("sneakerhead");
        double Distance(int u) => set.Population.Shoppers[u].AttributeWeights.Zip(persona.AttributeWeights, (a, b) => Math.Abs(a - b)).Sum()
                                  + set.Population.Shoppers[u].ClassAffinities.Zip(persona.ClassAffinities, (a, b) => Math.Abs(a - b)).Sum();
        var representative = set.Population.RepresentativeOf("sneakerhead");
        Assert.Equal(persona, set.Population.PersonaOf(representative));
        Assert.True(Distance(representative) < set.Population.ShoppersOf("sneakerhead").Average(Distance));
    }

    [Fact]
    public void Asking_for_the_shoppers_of_an_unknown_persona_is_refused_with_a_message()
    {
        var set = ShopperSet.Create(SmallCatalog(), TinyShoppers());
        var e = Assert.Throws<ArgumentException>(() => set.Population.ShoppersOf("pirate"));
        Assert.Contains("night-owl", e.Message);
    }
}
