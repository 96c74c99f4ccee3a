using FashionShowcase.Core.Models;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// Does the generator make what was asked for? Generate <c>perClass</c> images of every class
/// (z ~ N(0, 1), fixed seed), let the classifier name them, and count how often it names the
/// requested class. Worker thread.
/// </summary>
public static class ConditionalAccuracy
{
    public static ClassAccuracy Measure(ConditionalGenerator generator, FashionClassifier classifier, int perClass, long seed, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return Measure(generator, generator.Config.LatentSize, classifier, perClass, seed, batchSize);
    }

    /// <summary>The same for any conditional generator G(z [n, latent], classes [n]) and classifier x → logits [n, 10].</summary>
    public static ClassAccuracy Measure(
        nn.Module<Tensor, Tensor, Tensor> generator, int latentSize, nn.Module<Tensor, Tensor> classifier, int perClass, long seed, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        if (perClass < 1)
            throw new ArgumentOutOfRangeException(nameof(perClass), perClass, "Generate at least one image per class.");
        var tally = new AccuracyTally();
        var classifierDevice = InferenceMode.DeviceOf(classifier);
        using var mode = new InferenceMode(classifier);
        GeneratedBatches.ForEach(generator, latentSize, GeneratedBatches.Balanced(perClass * Catalog.Categories.Count), seed, batchSize,
            (images, classes) => tally.Add(classifier.forward(images.to(classifierDevice)), classes));
        return tally.Result();
    }
}
