using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;

namespace FashionShowcase.Core.Evaluation;

/// <summary>Which held-out item an AUC measures.</summary>
public enum HeldOut
{
    Validation,
    Test,

    /// <summary>The cold test item, ranked against cold items only: no model has seen any of them.</summary>
    Cold,
}

/// <summary>
/// AUC as in DVBPR's evaluation code: per shopper, the held-out item against 100 sampled items the
/// shopper never touched; the fraction of negatives ranked below it (ties count half), averaged over
/// shoppers. Random scores give 0.5, a perfect ranking 1.0.
/// </summary>
public static class RecommenderAuc
{
    public const int DefaultNegatives = 100;

    /// <summary>Draws the cases once so every model is measured on the same negatives (seeded).</summary>
    public static IReadOnlyList<AucCase> SampleCases(InteractionSplit split, HeldOut heldOut, long seed, int negatives = DefaultNegatives, int maxShoppers = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(split);
        if (negatives < 1) throw new ArgumentOutOfRangeException(nameof(negatives), negatives, "At least one negative is needed.");
        var pool = heldOut == HeldOut.Cold ? split.ColdItems : split.WarmItems;
        var cases = new List<AucCase>();
        for (int u = 0; u < split.ShopperCount && cases.Count < maxShoppers; u++)
        {
            var positive = heldOut switch
            {
                HeldOut.Validation => split.ValidationItem(u),
                HeldOut.Test => split.TestItem(u),
                _ => split.ColdTestItem(u),
            };
            if (positive < 0) continue;
            var rng = SeedStream.For(seed, u, 10 + (int)heldOut);
            var chosen = new HashSet<int>();
            // A shopper who touched nearly the whole pool cannot supply 100 negatives: take what exists.
            int available = pool.Count(i => !split.Touched(u, i));
            int wanted = Math.Min(negatives, available);
            while (chosen.Count < wanted)
            {
                var j = pool[rng.Next(pool.Count)];
                if (!split.Touched(u, j)) chosen.Add(j);
            }
            if (chosen.Count > 0) cases.Add(new AucCase(u, positive, [.. chosen.Order()]));
        }
        return cases;
    }

    /// <summary>Mean per-shopper AUC of <paramref name="score"/> over <paramref name="cases"/>.</summary>
    public static double Compute(IReadOnlyList<AucCase> cases, ItemScorer score)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(score);
        if (cases.Count == 0)
            throw new ArgumentException("No shopper has a held-out item to evaluate.", nameof(cases));
        double total = 0;
        foreach (var c in cases)
            total += Single(c, score);
        return total / cases.Count;
    }

    /// <summary>One shopper's AUC: share of negatives scored below the positive (ties ½).</summary>
    public static double Single(AucCase c, ItemScorer score)
    {
        var positive = score(c.Shopper, c.Positive);
        double wins = 0;
        foreach (var j in c.Negatives)
        {
            var s = score(c.Shopper, j);
            if (positive > s) wins += 1;
            else if (positive == s) wins += 0.5;
        }
        return wins / c.Negatives.Count;
    }
}
