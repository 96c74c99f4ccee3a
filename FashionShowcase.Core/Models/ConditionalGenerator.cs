using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace FashionShowcase.Core.Models;

/// <summary>G(z, c): latent vector and fine class → 28×28×1 image in [-1, 1].</summary>
public sealed class ConditionalGenerator : Module<Tensor, Tensor, Tensor>
{
    private readonly Embedding label;
    private readonly Linear project;
    private readonly BatchNorm2d bn0;
    private readonly ConvTranspose2d up1;
    private readonly BatchNorm2d bn1;
    private readonly ConvTranspose2d up2;
    private readonly int _channels;

    public ConditionalGenerator(GanConfig config) : base("generator")
    {
        config.Validate();
        Config = config;
        _channels = config.Width * 2;
        int pad = (config.KernelSize - 2) / 2; // keeps each up-sampling exactly ×2 for even kernels
        label = Embedding(Catalog.Categories.Count, config.LabelEmbedding);
        project = Linear(config.LatentSize + config.LabelEmbedding, _channels * 7 * 7);
        bn0 = BatchNorm2d(_channels);
        up1 = ConvTranspose2d(_channels, config.Width, config.KernelSize, stride: 2, padding: pad);
        bn1 = BatchNorm2d(config.Width);
        up2 = ConvTranspose2d(config.Width, 1, config.KernelSize, stride: 2, padding: pad);
        RegisterComponents();
    }

    public GanConfig Config { get; }

    /// <param name="z">[n, latent]</param>
    /// <param name="classes">[n] int64 fine class labels</param>
    /// <returns>[n, 1, 28, 28] in [-1, 1]</returns>
    public override Tensor forward(Tensor z, Tensor classes)
    {
        using var scope = NewDisposeScope();
        var h = cat([z, label.forward(classes)], 1);                        // [n, latent + emb]
        h = project.forward(h).view(-1, _channels, 7, 7);                    // [n, 2w, 7, 7]
        h = functional.relu(bn0.forward(h));
        h = functional.relu(bn1.forward(up1.forward(h)));                    // [n, w, 14, 14]
        return tanh(up2.forward(h)).MoveToOuterDisposeScope();               // [n, 1, 28, 28]
    }
}
