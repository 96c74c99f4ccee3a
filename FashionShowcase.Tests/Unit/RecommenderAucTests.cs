using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Shoppers;
using static FashionShowcase.Tests.ShopperTestData;

namespace FashionShowcase.Tests.Unit;

public sealed class RecommenderAucTests
{
    private static readonly AucCase[] Cases =
    [
        new(0, 5, [1, 2, 3, 4]),
        new(1, 9, [6, 7, 8]),
    ];

    [Fact]
    public void A_perfect_ranking_has_auc_one() =>
        Assert.Equal(1.0, RecommenderAuc.Compute(Cases, (u, i) => Cases[u].Positive == i ? 10 : -i));

    [Fact]
    public void A_reversed_ranking_has_auc_zero() =>
        Assert.Equal(0.0, RecommenderAuc.Compute(Cases, (u, i) => Cases[u].Positive == i ? -10 : i));

    [Fact]
    public void Ties_count_half() =>
        Assert.Equal(0.5, RecommenderAuc.Compute(Cases, (_, _) => 1.0));

    [Fact]
    public void Auc_is_averaged_per_shopper_not_per_pair() =>
        // Shopper 0: 4 of 4 negatives below (1.0); shopper 1: 0 of 3 (0.0) → 0.5, not 4/7.
        Assert.Equal(0.5, RecommenderAuc.Compute(Cases, (u, i) => u == 0 ? (i == 5 ? 1 : 0) : (i == 9 ? 0 : 1)));

    [Fact]
    public void Sampled_cases_use_untouched_negatives_and_cold_cases_only_cold_items()
    {
        var set = ShopperSet.Create(SmallCatalog(), TinyShoppers());
        var test = RecommenderAuc.SampleCases(set.Split, HeldOut.Test, seed: 3);
        var cold = RecommenderAuc.SampleCases(set.Split, HeldOut.Cold, seed: 3, negatives: 20);
        Assert.All(test, c => Assert.Equal(100, c.Negatives.Count));
        Assert.All(test, c => Assert.DoesNotContain(c.Negatives, j => set.Split.Touched(c.Shopper, j)));
        Assert.All(cold, c => Assert.All(c.Negatives.Append(c.Positive), j => Assert.True(set.Split.IsCold(j))));
    }

    [Fact]
    public void The_oracle_beats_popularity_and_random_on_simulated_shoppers()
    {
        var set = ShopperSet.Create(SmallCatalog(), TinyShoppers());
        var cases = RecommenderAuc.SampleCases(set.Split, HeldOut.Test, seed: 3);
        var oracle = RecommenderAuc.Compute(cases, Baselines.Oracle(set.Oracle));
        var random = RecommenderAuc.Compute(cases, Baselines.Random(3));
        Assert.InRange(random, 0.4, 0.6);
        Assert.True(oracle > random + 0.3, $"oracle {oracle:F3}, random {random:F3}");
    }

    [Fact]
    public void Evaluating_without_cases_is_refused_with_a_message()
    {
        var e = Assert.Throws<ArgumentException>(() => RecommenderAuc.Compute([], (_, _) => 0));
        Assert.Contains("held-out", e.Message);
    }
}
