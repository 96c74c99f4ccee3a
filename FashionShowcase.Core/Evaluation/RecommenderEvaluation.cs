using System.Diagnostics;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// The recommender's report card: test and cold-start AUC for DVBPR and every baseline, all on the
/// same sampled negatives (seeded), plus the time to rank the whole catalog for one shopper.
/// </summary>
public static class RecommenderEvaluation
{
    /// <summary>AUCs of the baselines that need no DVBPR model (popularity, random, oracle, BPR-MF).</summary>
    public static Dictionary<string, double> Baselines(ShopperSet shoppers, BprMatrixFactorizationOptions bprMf, long seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shoppers);
        var test = RecommenderAuc.SampleCases(shoppers.Split, HeldOut.Test, seed);
        var cold = RecommenderAuc.SampleCases(shoppers.Split, HeldOut.Cold, seed);
        var mf = BprMatrixFactorizationTrainer.Train(shoppers.Split, bprMf, cancellationToken);
        var popularity = Evaluation.Baselines.Popularity(shoppers.Split);
        var random = Evaluation.Baselines.Random(seed);
        var oracle = Evaluation.Baselines.Oracle(shoppers.Oracle);
        return new Dictionary<string, double>
        {
            ["auc_bpr_mf"] = RecommenderAuc.Compute(test, mf.Score),
            ["auc_popularity"] = RecommenderAuc.Compute(test, popularity),
            ["auc_oracle"] = RecommenderAuc.Compute(test, oracle),
            ["auc_random"] = RecommenderAuc.Compute(test, random),
            ["auc_cold_bpr_mf"] = RecommenderAuc.Compute(cold, mf.Score),
            ["auc_cold_popularity"] = RecommenderAuc.Compute(cold, popularity),
            ["auc_cold_oracle"] = RecommenderAuc.Compute(cold, oracle),
            ["auc_cold_random"] = RecommenderAuc.Compute(cold, random),
            ["evaluated_shoppers"] = test.Count,
            ["evaluated_cold_shoppers"] = cold.Count,
        };
    }

    /// <summary>All metrics: DVBPR (test, cold, validation) and the baselines.</summary>
    public static Dictionary<string, double> Evaluate(ShopperRecommender recommender, BprMatrixFactorizationOptions bprMf, long seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recommender);
        var shoppers = recommender.Shoppers;
        var metrics = Baselines(shoppers, bprMf, seed, cancellationToken);
        metrics["auc_dvbpr"] = RecommenderAuc.Compute(RecommenderAuc.SampleCases(shoppers.Split, HeldOut.Test, seed), recommender.Scorer);
        metrics["auc_cold_dvbpr"] = RecommenderAuc.Compute(RecommenderAuc.SampleCases(shoppers.Split, HeldOut.Cold, seed), recommender.Scorer);
        metrics["auc_validation_dvbpr"] = RecommenderAuc.Compute(RecommenderAuc.SampleCases(shoppers.Split, HeldOut.Validation, seed), recommender.Scorer);
        metrics["recommend_catalog_ms"] = RecommendCatalogMilliseconds(recommender);
        return metrics;
    }

    /// <summary>Median wall time of ranking the whole catalog for one shopper (top 10), over many shoppers.</summary>
    public static double RecommendCatalogMilliseconds(ShopperRecommender recommender, int runs = 101)
    {
        for (int w = 0; w < 5; w++) recommender.Recommend(w % recommender.ShopperCount, 10); // JIT warm-up
        var times = new double[runs];
        for (int r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            recommender.Recommend(r % recommender.ShopperCount, 10);
            times[r] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[runs / 2];
    }
}
