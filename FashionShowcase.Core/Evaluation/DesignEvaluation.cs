using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// Measures whether designs and alterations are really better for a shopper, using the oracle
/// (the simulated shopper's hidden true taste), not only the learned model:
/// design_oracle_percentile, design_learned_beats_best_real (the paper's comparison),
/// design_conditional_accuracy, alteration_oracle_gain_fraction, alteration_similarity.
/// The best design of a search is its rank 1 by the search's own objective: the oracle judges it,
/// it never picks it.
/// </summary>
public sealed class DesignEvaluation(
    TorchWorker worker,
    ConditionalGenerator generator,
    ConditionalDiscriminator discriminator,
    IPreferenceModel preference,
    FashionClassifier classifier,
    IShopperOracle oracle,
    DataSplit catalog)
{
    private const int ScoringBatch = 512;

    public async Task<DesignEvaluationResult> RunAsync(
        DesignEvaluationOptions? options = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options = (options ?? new DesignEvaluationOptions()).Validated();
        var shoppers = options.Shoppers ?? Enumerable.Range(0, Math.Min(options.MaxShoppers, preference.ShopperCount)).ToArray();
        foreach (var s in shoppers)
            if (s < 0 || s >= preference.ShopperCount)
                throw new ArgumentOutOfRangeException(nameof(options), s, $"Shopper {s} does not exist; shoppers are 0..{preference.ShopperCount - 1}.");
        var classes = options.Classes ?? Categories.All;
        var realByClass = classes.Distinct().ToDictionary(c => c, c => CatalogItems(c, options));

        var maximizer = new PreferenceMaximizer(worker, generator, discriminator, preference);
        var designs = new List<DesignPairResult>();
        foreach (var shopper in shoppers)
        {
            foreach (var c in classes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var real = realByClass[c];
                var realTrue = real.Select(i => oracle.TrueScore(catalog.Image(i), c, shopper)).ToArray();
                var realLearned = await LearnedScores(real, shopper, cancellationToken);
                DesignFrame? last = null;
                await foreach (var frame in maximizer.DesignAsync(shopper, [c], options.Design, cancellationToken: cancellationToken))
                    last = frame;
                var best = last!.Best;
                var predictions = await worker.RunAsync(
                    () => ClassPrediction.Predict(classifier, last.Tiles.Select(t => t.Pixels).ToArray(), worker.Device),
                    WorkPriority.Background, cancellationToken);
                var pair = new DesignPairResult(shopper, c,
                    OraclePercentile(oracle.TrueScore(best.Pixels, c, shopper), realTrue),
                    best.Score, realLearned.Max(),
                    predictions.Count(p => p.Class == c) / (double)predictions.Length);
                designs.Add(pair);
                progress?.Report($"design shopper {shopper} {Categories.DisplayName(c)}: oracle percentile {pair.OraclePercentile:0.0}, learned {pair.DesignScore:0.###} vs best real {pair.BestRealScore:0.###}, class accuracy {pair.ClassAccuracy:0.##}");
            }
        }

        var alterations = new List<AlterationPairResult>();
        if (options.AlterationItemsPerShopper > 0)
        {
            var alteration = new PersonalAlteration(worker, generator, discriminator, preference);
            var pool = realByClass.Values.SelectMany(v => v).Order().ToArray();
            foreach (var shopper in shoppers)
            {
                var random = new Random(unchecked((int)options.Seed * 7919 + shopper));
                foreach (var item in random.GetItems(pool, Math.Min(options.AlterationItemsPerShopper, pool.Length)))
                {
                    var original = catalog.Image(item).ToArray();
                    AlterationFrame? last = null;
                    await foreach (var frame in alteration.AlterAsync(shopper, original, catalog.Label(item), options.Alteration, cancellationToken))
                        last = frame;
                    var pair = new AlterationPairResult(shopper, item, catalog.Label(item),
                        oracle.TrueScore(original, catalog.Label(item), shopper), oracle.TrueScore(last!.Pixels, catalog.Label(item), shopper), last.Similarity, last.Inversion.Mse);
                    alterations.Add(pair);
                    progress?.Report($"alter shopper {shopper} item {item}: true {pair.TrueBefore:0.###} → {pair.TrueAfter:0.###}, SSIM {pair.Similarity:0.##}");
                }
            }
        }

        return new DesignEvaluationResult(
            designs.Average(d => d.OraclePercentile),
            designs.Average(d => d.DesignScore > d.BestRealScore ? 1.0 : 0.0),
            designs.Average(d => d.ClassAccuracy),
            alterations.Count == 0 ? double.NaN : alterations.Average(a => a.TrueAfter > a.TrueBefore ? 1.0 : 0.0),
            alterations.Count == 0 ? double.NaN : alterations.Average(a => a.Similarity),
            designs,
            alterations);
    }

    /// <summary>Percentile (0–100) of a value among others: the share below it, ties counting half.</summary>
    public static double OraclePercentile(double value, IReadOnlyCollection<double> population)
    {
        if (population.Count == 0) throw new ArgumentException("The population is empty.", nameof(population));
        double below = population.Count(p => p < value), ties = population.Count(p => p == value);
        return 100.0 * (below + 0.5 * ties) / population.Count;
    }

    /// <summary>Catalog items of a class: all, or a seeded sample of CatalogItemsPerClass.</summary>
    private int[] CatalogItems(FashionClass c, DesignEvaluationOptions options)
    {
        var all = Enumerable.Range(0, catalog.Count).Where(i => catalog.Label(i) == c).ToArray();
        if (all.Length == 0)
            throw new InvalidOperationException($"The catalog has no {Categories.DisplayName(c)} items to compare designs with.");
        if (options.CatalogItemsPerClass is not { } n || n >= all.Length) return all;
        var random = new Random(unchecked((int)options.Seed * 31 + (int)c));
        random.Shuffle(all);
        return all[..n].Order().ToArray();
    }

    private async Task<double[]> LearnedScores(int[] items, int shopper, CancellationToken cancellationToken)
    {
        var scores = new List<double>(items.Length);
        for (int start = 0; start < items.Length; start += ScoringBatch)
        {
            var batch = items[start..Math.Min(items.Length, start + ScoringBatch)];
            var floats = catalog.ToSignedFloats(batch);
            scores.AddRange(await worker.RunAsync(() =>
            {
                using var scope = NewDisposeScope();
                using var noGrad = no_grad();
                var x = tensor(floats, [batch.Length, 1, 28, 28], device: worker.Device);
                return preference.Score(x, shopper).to(ScalarType.Float64).cpu().data<double>().ToArray();
            }, WorkPriority.Background, cancellationToken));
        }
        return scores.ToArray();
    }
}
