using FashionShowcase.Core.Catalog;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>How often a classifier names the labelled class of a split's images. Worker thread.</summary>
public static class ClassifierAccuracy
{
    public static ClassAccuracy Measure(nn.Module<Tensor, Tensor> classifier, DataSplit split, int batchSize = 1000)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (split.Count == 0)
            throw new ArgumentException("The split holds no images.", nameof(split));
        var device = InferenceMode.DeviceOf(classifier);
        var tally = new AccuracyTally();
        using var mode = new InferenceMode(classifier);
        RealBatches.ForEach(split, Enumerable.Range(0, split.Count).ToArray(), batchSize, device,
            (images, labels) => tally.Add(classifier.forward(images), labels));
        return tally.Result();
    }
}
