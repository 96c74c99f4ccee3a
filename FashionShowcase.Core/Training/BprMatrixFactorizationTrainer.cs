using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;

namespace FashionShowcase.Core.Training;

/// <summary>Settings of the BPR-MF baseline (Rendle's LearnBPR: SGD over sampled triples).</summary>
public sealed record BprMatrixFactorizationOptions
{
    public long Seed { get; init; } = 7;

    public int Factors { get; init; } = 32;

    public int Epochs { get; init; } = 40;

    public double LearningRate { get; init; } = 0.05;

    public double Regularization { get; init; } = 0.01;

    public void Validate()
    {
        if (Factors is < 1 or > 1024) throw new ArgumentOutOfRangeException(nameof(Factors), Factors, "Factors must be in 1..1024.");
        if (Epochs is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "Epochs must be in 1..10,000.");
        if (LearningRate is <= 0 or >= 10 || double.IsNaN(LearningRate)) throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "LearningRate must be in (0, 10).");
        if (Regularization is < 0 or >= 10 || double.IsNaN(Regularization)) throw new ArgumentOutOfRangeException(nameof(Regularization), Regularization, "Regularization must be in [0, 10).");
    }
}

/// <summary>
/// Trains BPR-MF on the training interactions with plain SGD on arrays: a few seconds for the whole
/// shopper set, so `evaluate` can retrain it from the seed instead of storing it.
/// </summary>
public static class BprMatrixFactorizationTrainer
{
    public static BprMatrixFactorization Train(InteractionSplit split, BprMatrixFactorizationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(split);
        options.Validate();
        var model = new BprMatrixFactorization(split.ShopperCount, split.ItemCount, options.Factors, SeedStream.For(options.Seed, -2, 0));
        var (shoppers, items) = split.TrainingPairs();
        if (shoppers.Length == 0) throw new ArgumentException("There are no training interactions.", nameof(split));
        int f = model.Factors;
        float lr = (float)options.LearningRate, reg = (float)options.Regularization;
        var p = model.ShopperFactors;
        var q = model.ItemFactors;
        var b = model.ItemBias;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rng = SeedStream.For(options.Seed, -3, epoch);
            for (int n = 0; n < shoppers.Length; n++)
            {
                int k = rng.Next(shoppers.Length);
                int u = shoppers[k], i = items[k], j = split.SampleNegative(u, rng);
                int pu = u * f, qi = i * f, qj = j * f;
                double x = b[i] - b[j];
                for (int d = 0; d < f; d++) x += p[pu + d] * (q[qi + d] - q[qj + d]);
                float g = (float)(1.0 / (1.0 + Math.Exp(x))); // σ(−x): how wrong the pair still is
                b[i] += lr * (g - reg * b[i]);
                b[j] += lr * (-g - reg * b[j]);
                for (int d = 0; d < f; d++)
                {
                    float pud = p[pu + d], qid = q[qi + d], qjd = q[qj + d];
                    p[pu + d] += lr * (g * (qid - qjd) - reg * pud);
                    q[qi + d] += lr * (g * pud - reg * qid);
                    q[qj + d] += lr * (-g * pud - reg * qjd);
                }
            }
        }
        return model;
    }
}
