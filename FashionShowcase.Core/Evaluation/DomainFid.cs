using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// The domain FID and its floor. <see cref="Fid"/>: Fréchet distance between the classifier's
/// penultimate features of generated images and of real test images. <see cref="Floor"/>: the same
/// distance between a real train subset and the same test images — what a perfect generator (one that
/// reproduces the training distribution) would score with this many samples, so a FID is read against it.
/// </summary>
public sealed record DomainFidResult(double Fid, double Floor, int Samples)
{
    /// <summary>FID ÷ floor (the target is ≤ 3).</summary>
    public double RatioToFloor => Floor > 0 ? Fid / Floor : double.PositiveInfinity;
}

/// <summary>
/// Measures <see cref="DomainFidResult"/>. Inception features (the usual FID) know nothing of 28×28
/// grey clothing; our Fashion-MNIST classifier's features do, hence "domain" FID. Worker thread.
/// </summary>
public static class DomainFid
{
    /// <param name="samples">Images on each side: generated (class-balanced), real test, real train.</param>
    public static DomainFidResult Measure(
        ConditionalGenerator generator, FashionClassifier classifier, DataSplit test, DataSplit train, int samples, long seed, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(train);
        var real = RealStatistics(classifier, test, samples, seed, batchSize);
        var generated = GeneratedStatistics(generator, generator.Config.LatentSize, classifier, samples, seed, batchSize);
        var floor = RealStatistics(classifier, train, samples, seed, batchSize);
        return new DomainFidResult(FrechetDistance.Between(generated, real), FrechetDistance.Between(floor, real), samples);
    }

    /// <summary>Feature statistics of <paramref name="samples"/> real images (all of them, or a seeded random subset).</summary>
    public static FeatureStatistics RealStatistics(FashionClassifier classifier, DataSplit split, int samples, long seed, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(split);
        RequireSamples(samples);
        var indices = samples == split.Count ? Enumerable.Range(0, split.Count).ToArray() : RealBatches.Subset(split, samples, seed);
        var device = InferenceMode.DeviceOf(classifier);
        return CollectStatistics(classifier, collect => RealBatches.ForEach(split, indices, batchSize, device, (images, _) => collect(images)));
    }

    /// <summary>Feature statistics of <paramref name="samples"/> generated images, classes 0..9 in turn.</summary>
    public static FeatureStatistics GeneratedStatistics(
        nn.Module<Tensor, Tensor, Tensor> generator, int latentSize, FashionClassifier classifier, int samples, long seed, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        RequireSamples(samples);
        var device = InferenceMode.DeviceOf(classifier);
        return CollectStatistics(classifier, collect =>
            GeneratedBatches.ForEach(generator, latentSize, GeneratedBatches.Balanced(samples), seed, batchSize, (images, _) => collect(images.to(device))));
    }

    /// <summary>Runs the classifier's feature layer on every batch the source produces; keeps the features (float64, CPU).</summary>
    private static FeatureStatistics CollectStatistics(FashionClassifier classifier, Action<Action<Tensor>> source)
    {
        using var scope = NewDisposeScope();
        var batches = new List<Tensor>();
        using (new InferenceMode(classifier))
            source(images => batches.Add(classifier.Features(images).to(ScalarType.Float64).to(CPU).MoveToOuterDisposeScope()));
        return FeatureStatistics.Of(cat(batches, 0));
    }

    private static void RequireSamples(int samples)
    {
        if (samples < 2)
            throw new ArgumentOutOfRangeException(nameof(samples), samples, "A FID needs at least 2 images on each side (10,000 for a number comparable across runs).");
    }
}
