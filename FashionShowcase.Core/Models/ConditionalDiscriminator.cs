using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace FashionShowcase.Core.Models;

/// <summary>
/// D(x, c): image and fine class → realness (unbounded; LSGAN targets 1 for real, 0 for fake).
/// Conditioned twice: the label enters as a learned 28×28 map beside the image, and as a
/// projection (inner product of a class embedding with the features), which keeps generated
/// items faithful to the requested class.
/// </summary>
public sealed class ConditionalDiscriminator : Module<Tensor, Tensor, Tensor>
{
    private readonly Embedding labelMap;
    private readonly Conv2d down1;
    private readonly Conv2d down2;
    private readonly BatchNorm2d bn2;
    private readonly Linear head;
    private readonly Embedding projection;
    private readonly int _features;

    public ConditionalDiscriminator(GanConfig config) : base("discriminator")
    {
        config.Validate();
        Config = config;
        int pad = (config.KernelSize - 2) / 2;
        _features = config.Width * 2 * 7 * 7;
        labelMap = Embedding(Catalog.Categories.Count, 28 * 28);
        down1 = Conv2d(2, config.Width, config.KernelSize, stride: 2, padding: pad);
        down2 = Conv2d(config.Width, config.Width * 2, config.KernelSize, stride: 2, padding: pad);
        bn2 = BatchNorm2d(config.Width * 2);
        head = Linear(_features, 1);
        projection = Embedding(Catalog.Categories.Count, _features);
        RegisterComponents();
        // Embedding's default N(0, 1) makes the projection term ~√features times larger than the
        // head's output; scale it so both start at the same order of magnitude.
        using (no_grad())
            init.normal_(projection.weight, 0, 1.0 / Math.Sqrt(_features));
    }

    public GanConfig Config { get; }

    /// <param name="x">[n, 1, 28, 28] in [-1, 1]</param>
    /// <param name="classes">[n] int64</param>
    /// <returns>[n] realness</returns>
    public override Tensor forward(Tensor x, Tensor classes)
    {
        using var scope = NewDisposeScope();
        var map = labelMap.forward(classes).view(-1, 1, 28, 28);
        var h = cat([x, map], 1);                                                  // [n, 2, 28, 28]
        h = functional.leaky_relu(down1.forward(h), 0.2);                          // [n, w, 14, 14]
        h = functional.leaky_relu(bn2.forward(down2.forward(h)), 0.2);             // [n, 2w, 7, 7]
        h = h.flatten(1);                                                          // [n, 2w·49]
        var realness = head.forward(h).squeeze(1) + (projection.forward(classes) * h).sum(1); // [n]
        return realness.MoveToOuterDisposeScope();
    }
}
