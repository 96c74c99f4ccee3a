using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace FashionShowcase.Core.Models;

/// <summary>A small CNN for the 10 classes; its penultimate layer is the feature space of the domain FID.</summary>
public sealed class FashionClassifier : Module<Tensor, Tensor>
{
    private readonly Conv2d conv1;
    private readonly BatchNorm2d bn1;
    private readonly Conv2d conv2;
    private readonly BatchNorm2d bn2;
    private readonly Linear features;
    private readonly Dropout dropout;
    private readonly Linear logits;

    public FashionClassifier(ClassifierConfig config) : base("classifier")
    {
        config.Validate();
        Config = config;
        conv1 = Conv2d(1, config.Width, 3, padding: 1);
        bn1 = BatchNorm2d(config.Width);
        conv2 = Conv2d(config.Width, config.Width * 2, 3, padding: 1);
        bn2 = BatchNorm2d(config.Width * 2);
        features = Linear(config.Width * 2 * 7 * 7, config.FeatureSize);
        dropout = Dropout(0.3);
        logits = Linear(config.FeatureSize, Catalog.Categories.Count);
        RegisterComponents();
    }

    public ClassifierConfig Config { get; }

    /// <param name="x">[n, 1, 28, 28] in [-1, 1]</param>
    /// <returns>[n, 10] logits</returns>
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var h = dropout.forward(Features(x));
        return logits.forward(h).MoveToOuterDisposeScope();
    }

    /// <summary>Penultimate activations [n, FeatureSize] (after ReLU).</summary>
    public Tensor Features(Tensor x)
    {
        using var scope = NewDisposeScope();
        var h = functional.max_pool2d(functional.relu(bn1.forward(conv1.forward(x))), 2);  // [n, w, 14, 14]
        h = functional.max_pool2d(functional.relu(bn2.forward(conv2.forward(h))), 2);      // [n, 2w, 7, 7]
        h = functional.relu(features.forward(h.flatten(1)));                                // [n, F]
        return h.MoveToOuterDisposeScope();
    }
}
